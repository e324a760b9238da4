package shop.catalog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as formulas are exported harmless, and the import gives them back unchanged. */
class ProductCsvTests {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+33 1 23 45", "-20% Sale", "@SUM(A1:A2)", "\tindented", "\rreturn", "'=quoted",
            "''+twice" })
    void formulaCellsGetALeadingQuoteThatTheImportTakesOff(String value) {
        String exported = ProductCsv.neutralized(value);

        assertThat(exported).startsWith("'").hasSize(value.length() + 1);
        assertThat(ProductCsv.restored(exported)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Waxed Jacket", "'quoted", "a=b", "size=M; colour=navy", "19.95", "", "20% off -now" })
    void otherCellsAreWrittenAndReadAsTheyAre(String value) {
        assertThat(ProductCsv.neutralized(value)).isEqualTo(value);
        assertThat(ProductCsv.restored(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "-20% Sale", "@home" })
    void aFileWrittenByHandWithAFormulaCellIsReadAsWritten(String value) {
        var parsed = ProductCsv.read(("slug,name,category_slug,sku,price\nx," + value + ",c,S1,1\n")
                .getBytes(StandardCharsets.UTF_8), 10);

        assertThat(parsed.lines().getFirst().get(ProductCsv.Column.NAME)).isEqualTo(value);
    }
}

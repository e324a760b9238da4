package shop.user.addresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address rules that need no database: countries, postcodes and the guards of AddressDetails. */
class AddressRulesTests {

    @Test
    void countriesAreTheIsoCodesNamedInEnglishAndSortedByName() {
        assertThat(Countries.isKnown("DE")).isTrue();
        assertThat(Countries.nameOf("DE")).isEqualTo("Germany");
        assertThat(Countries.nameOf("GB")).isEqualTo("United Kingdom");
        assertThat(Countries.isKnown("de")).isFalse();
        assertThat(Countries.isKnown("XX")).isFalse();
        assertThat(Countries.isKnown("DEU")).isFalse();
        assertThat(Countries.isKnown(null)).isFalse();
        assertThat(Countries.all().getFirst().name()).isEqualTo("Afghanistan");
        assertThat(Countries.all()).extracting(Countries.Country::code).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DE | 10115      |
            DE | 1011       | user.address.postcode.format
            DE | ""         | user.address.postcode.required
            NL | 1012 AB    |
            NL | 1012AB     |
            NL | AB 1012    | user.address.postcode.format
            GB | SW1A 1AA   |
            GB | M1 1AE     |
            GB | 12345      | user.address.postcode.format
            US | 20500-0003 |
            US | 2050       | user.address.postcode.format
            PL | 00-001     |
            CA | K1A 0B1    |
            HK | ""         |
            BR | 01310-100  |
            BR | 01310_100  | user.address.postcode.characters
            IE | D02 X285   |
            """)
    void postcodesAreCheckedLooselyPerCountry(String country, String postcode, String problem) {
        assertThat(Postcodes.problem(country, Postcodes.normalize(postcode)).map(Postcodes.Problem::code).orElse(null))
                .isEqualTo(problem);
    }

    @Test
    void postcodesAreStoredUpperCaseWithSingleSpaces() {
        assertThat(Postcodes.normalize("  sw1a   1aa ")).isEqualTo("SW1A 1AA");
    }

    @Test
    void addressDetailsRefuseUnknownCountriesAndOverlongText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressDetails("A", "B", "1", "C", "XX", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressDetails("A".repeat(101), "B", "1", "C", "DE", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressDetails(" ", "B", "1", "C", "DE", null));
        assertThat(new AddressDetails("A", "B", "10115", "C", "DE", " ").phone()).isNull();
        assertThat(new AddressDetails("Ada", "12 Example Street", "", "Hong Kong", "HK", null).oneLine())
                .isEqualTo("Ada, 12 Example Street, Hong Kong, Hong Kong SAR China");
    }
}

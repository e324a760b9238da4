package shop.catalog.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shop.catalog.Slugs;

/** Attributes written as text ({@code size=M; colour=navy}) and slugs made from names. */
class AttributeTextTests {

    @Test
    void readsPairsInTheirOrderAndTrimsThem() {
        assertThat(AttributeText.parse(" size = M ;colour=navy blue; ")).containsExactly(Map.entry("size", "M"),
                Map.entry("colour", "navy blue"));
        assertThat(AttributeText.parse("")).isEmpty();
        assertThat(AttributeText.parse("formula=a=b")).containsExactly(Map.entry("formula", "a=b"));
    }

    @Test
    void valuesWithSemicolonsAndBackslashesSurviveARoundTrip() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("note", "'; drop table catalog.product; --");
        attributes.put("path", "C:\\shop\\");
        attributes.put("html", "<i>red</i>");

        String text = AttributeText.format(attributes);

        assertThat(text).isEqualTo("note='\\; drop table catalog.product\\; --; path=C:\\\\shop\\\\; html=<i>red</i>");
        assertThat(AttributeText.parse(text)).containsExactlyEntriesOf(attributes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "size|{catalog.attributes.format}",
            "Size=M|{catalog.attribute.key.pattern}",
            "-size=M|{catalog.attribute.key.pattern}",
            "size=|{catalog.attribute.value.required}",
            "size=M; size=L|{catalog.attribute.key.duplicate}"})
    void refusesWhatIsNotAListOfAttributes(String text, String template) {
        assertThatThrownBy(() -> AttributeText.parse(text)).isInstanceOfSatisfying(AttributeText.Unreadable.class,
                e -> assertThat(e.template()).isEqualTo(template));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Waxed Cotton Jacket|waxed-cotton-jacket",
            "Crème Brûlée  --  Lamp!|creme-brulee-lamp",
            "<script>alert(1)</script>|script-alert-1-script",
            "日本語|''"})
    void slugsAreMadeOfTheNamesLettersAndDigits(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
        assertThat(slug.isEmpty() || Slugs.isValid(slug)).isTrue();
    }

    @Test
    void longNamesGiveSlugsCutAtAWord() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("word");
        assertThat(Slugs.isValid(slug)).isTrue();
    }
}

package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.catalog.NewProduct.NewVariant;

import testsupport.ShopIntegrationTest;

/** Search over the demo catalog: ranked, tolerant of typos, with suggestions; hostile queries change nothing and are named as typed. */
@ShopIntegrationTest
class SearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SearchVocabulary vocabulary;

    @Autowired
    Assortment assortment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsProductsByNameBrandAndAttributes() {
        assertThat(mvc.get().uri("/search").param("q", "jacket")).hasStatusOk().bodyText()
                .contains("results</span>\n      for “<span>jacket</span>”", "class=\"product-card\"");
        assertThat(mvc.get().uri("/search").param("q", "merino")).bodyText().contains("class=\"product-card\"");
        assertThat(mvc.get().uri("/search").param("q", "Northwind")).bodyText().contains("class=\"product-card\"");
    }

    @Test
    void aMisspeltWordIsCorrectedAndSaidSo() {
        assertThat(vocabulary.correct("jakcet")).contains("jacket");
        assertThat(vocabulary.correct("wool")).isEmpty();

        assertThat(mvc.get().uri("/search").param("q", "jakcet")).hasStatusOk().bodyText()
                .contains("No results for “<span>jakcet</span>”", "<strong>jacket</strong>", "class=\"product-card\"");
    }

    @Test
    void anEmptySearchGivesTips() {
        assertThat(mvc.get().uri("/search").param("q", "   ")).hasStatusOk().bodyText()
                .contains("What are you looking for?");
        assertThat(mvc.get().uri("/search")).hasStatusOk().bodyText().contains("What are you looking for?");
    }

    @Test
    void anOverlongSearchIsShortenedAndSaidSo() {
        assertThat(mvc.get().uri("/search").param("q", "wool ".repeat(200))).hasStatusOk().bodyText()
                .contains("Your search was shortened to 200 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' or 1=1 --", "\"; drop table catalog.product; --", "<script>alert(1)</script>",
            "jäcket 🧥 ﬁeld", "\u202Ejacket", "a & b | !c", "(((", ":*", "a\u0000b", "wool\u0007"})
    void hostileQueriesGiveAnOrdinaryPageThatNamesTheSearchEscaped(String query) {
        String searched = escaped(query.replaceAll("\\p{Cntrl}", " ").strip());
        String page = searchPage(query);

        assertThat(page).doesNotContain("<script>alert(1)</script>", "temporarily unavailable");
        Matcher heading = Pattern.compile("<h1><span>(\\d+)</span> <span>results?</span>\\s+for “<span>(.*?)</span>”</h1>")
                .matcher(page);
        assertThat(heading.find()).as("the page's heading").isTrue();
        Matcher didYouMean = Pattern.compile("No results for “<span>(.*?)</span>”, so we searched for").matcher(page);
        if (didYouMean.find()) {
            assertThat(didYouMean.group(1)).isEqualTo(searched);
        } else {
            assertThat(heading.group(2)).isEqualTo(searched);
            long found = Long.parseLong(heading.group(1));
            assertThat(page).contains(found == 0 ? "Nothing matches these filters" : "class=\"product-card\"");
        }
    }

    @Test
    void aWordInTheNameRanksAboveItInTheBrandAboveItInTheDescription() {
        String word = "quorvex" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "");
        long inDescription = published("Plain Lantern", "Ember", "A lantern as bright as a " + word + ".");
        long inName = published("The " + word + " Lantern", "Ember", "A plain lantern.");
        long inBrand = published("Camp Lantern", word, "A plain lantern.");

        String page = searchPage(word);

        assertThat(page).contains("<span>3</span> <span>results</span>");
        assertThat(productLinks(page)).containsExactly(slugOf(inName), slugOf(inBrand), slugOf(inDescription));
    }

    /** The search page for {@code q}, which must answer 200. */
    private String searchPage(String q) {
        var result = mvc.get().uri("/search").param("q", q).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long published(String name, String brand, String description) {
        long category = jdbc.sql("select id from catalog.category where slug = 'lighting'").query(Long.class).single();
        String slug = Slugs.of(name + " " + brand) + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = assortment.addProduct(new NewProduct(slug, name, brand, description, Map.of(), category,
                List.of(new NewVariant("SKU-" + slug, Map.of(), new BigDecimal("29.00"), null)), List.of(), null, null));
        assortment.publish(id);
        return id;
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from catalog.product where id = ?").param(id).query(String.class).single();
    }

    private static List<String> productLinks(String page) {
        List<String> slugs = new ArrayList<>();
        Matcher link = Pattern.compile("class=\"product-card__link\" href=\"/p/([a-z0-9-]+)\"").matcher(page);
        while (link.find()) {
            slugs.add(link.group(1));
        }
        return slugs;
    }

    /** What Thymeleaf's th:text makes of text. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void suggestsCategoriesAndProductsAsYouType() {
        assertThat(mvc.get().uri("/search/suggestions").param("q", "jack")).hasStatusOk().bodyText()
                .contains("role=\"option\"", "href=\"/c/jackets\"", "href=\"/p/")
                .doesNotContain("Skip to content");
        assertThat(mvc.get().uri("/search/suggestions").param("q", "j")).hasStatusOk().bodyText()
                .doesNotContain("role=\"option\"");
        assertThat(mvc.get().uri("/search/suggestions").param("q", "%_\\'")).hasStatusOk();
    }
}

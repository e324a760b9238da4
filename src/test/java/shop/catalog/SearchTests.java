package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import testsupport.ShopIntegrationTest;

/** Search over the demo catalog: ranked, tolerant of typos, with suggestions; hostile queries change nothing. */
@ShopIntegrationTest
class SearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SearchVocabulary vocabulary;

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
            "jäcket 🧥 ﬁeld", "\u202Ejacket", "a & b | !c", "(((", ":*"})
    void hostileQueriesGiveAnOrdinaryPage(String query) {
        assertThat(mvc.get().uri("/search").param("q", query)).hasStatusOk().bodyText()
                .doesNotContain("<script>alert(1)</script>");
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

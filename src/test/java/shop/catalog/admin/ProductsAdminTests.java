package shop.catalog.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.catalog.admin.AdminSession.body;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import shop.catalog.events.ProductPublished;
import shop.catalog.events.ProductRetired;
import shop.catalog.events.ProductUpdated;
import shop.catalog.events.VariantSnapshot;
import testsupport.Forms;
import testsupport.ShopIntegrationTest;

/** Admins add, edit, publish and retire products at /admin/catalog/products; bad input changes nothing. */
@ShopIntegrationTest
@RecordApplicationEvents
class ProductsAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AdminSession admin;
    long category;

    @BeforeEach
    void signInAsAdmin() {
        admin = AdminSession.signIn(mvc);
        category = jdbc.sql("select id from catalog.category where slug = 'lighting'").query(Long.class).single();
    }

    @Test
    void anAdminAddsAProductAsADraftAndFindsItInTheList() {
        String slug = unique("reading-lamp");
        var result = admin.post("/admin/catalog/products", product(slug));

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().matches("/admin/catalog/products/[0-9]+");
        long id = idOf(slug);
        assertThat(jdbc.sql("""
                        select status, name, brand, attributes ->> 'material', seo_title, price_from
                        from catalog.product where id = ?""")
                .param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6).toPlainString())).single())
                .containsExactly("DRAFT", "Reading Lamp " + slug, "Lumen & Co", "brass", "A lamp to read by", "49.95");
        assertThat(jdbc.sql("""
                        select sku || ' ' || price || ' ' || coalesce(compare_at_price::text, '-') || ' ' || attributes::text
                        from catalog.variant where product_id = ? order by position""")
                .param(id).query(String.class).list())
                .containsExactly("SKU-" + slug + "-A 49.95 59.95 {\"finish\": \"brass\"}", "SKU-" + slug + "-B 54.95 - {}");
        assertThat(jdbc.sql("select image_key from catalog.product_image where product_id = ? order by position").param(id)
                .query(String.class).list()).containsExactly("img-one", "img-two");

        assertThat(admin.get(result.getResponse().getRedirectedUrl())).hasStatusOk().bodyText()
                .contains("Saved “Reading Lamp " + slug + "” as a draft.", "value=\"SKU-" + slug + "-B\"", "Publish…");
        assertThat(admin.get("/admin/catalog/products?q=SKU-" + slug + "-B")).hasStatusOk().bodyText()
                .contains("Reading Lamp " + slug, "badge--draft", "49.95 – 54.95 EUR", "<span>1</span> <span>product</span>");
    }

    @Test
    void theSlugIsMadeFromTheNameWhenLeftEmpty() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var fields = product("ignored");
        fields.put("slug", "");
        fields.put("name", "Crème Brûlée Lamp " + suffix);

        assertThat(admin.post("/admin/catalog/products", fields)).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select count(*) from catalog.product where slug = ?").param("creme-brulee-lamp-" + suffix)
                .query(Long.class).single()).isOne();
    }

    static Stream<Arguments> badInput() {
        String taken = "catalog.product";
        return Stream.of(
                Arguments.of("name", "", "name", "Enter the product's name."),
                Arguments.of("name", "x".repeat(201), "name", "Use at most 200 characters."),
                Arguments.of("slug", "Not A Slug", "slug", "Use lower-case letters and digits"),
                Arguments.of("slug", "<script>alert(1)</script>", "slug", "Use lower-case letters and digits"),
                Arguments.of("slug", "x".repeat(121), "slug", "Use at most 120 characters."),
                Arguments.of("slug", "@demo-slug", "slug", "is already used by another product."),
                Arguments.of("brand", "x".repeat(101), "brand", "Use at most 100 characters."),
                Arguments.of("description", "x".repeat(10_001), "description", "Use at most 10000 characters."),
                Arguments.of("categoryId", "", "categoryId", "Choose a category."),
                Arguments.of("categoryId", "999999999", "categoryId", "Choose a category from the list."),
                Arguments.of("categoryId", "1 or 1=1", "categoryId", "Choose a category from the list."),
                Arguments.of("attributes[0].key", "Bad Key", "attributes-0-key", "Attribute names use lower-case letters"),
                Arguments.of("attributes[0].value", "", "attributes-0-value", "Enter a value for this attribute."),
                Arguments.of("attributes[1].key", "material", "attributes-1-key", "This attribute name is used twice."),
                Arguments.of("variants[0].sku", "", "variants-0-sku", "Enter the SKU."),
                Arguments.of("variants[0].sku", "<b>SKU</b>", "variants-0-sku", "SKUs use letters, digits"),
                Arguments.of("variants[0].sku", "@demo-sku", "variants-0-sku", "already belongs to another product."),
                Arguments.of("variants[1].sku", "@same-sku", "variants-1-sku", "This SKU is used by another variant of this product."),
                Arguments.of("variants[0].attributes", "size", "variants-0-attributes", "Write attributes as name=value"),
                Arguments.of("variants[0].price", "", "variants-0-price", "Enter the price."),
                Arguments.of("variants[0].price", "-1.00", "variants-0-price", "A price cannot be negative."),
                Arguments.of("variants[0].price", "abc", "variants-0-price", "Enter the price as a number"),
                Arguments.of("variants[0].price", "12,50", "variants-0-price", "Enter the price as a number"),
                Arguments.of("variants[0].price", "19.999", "variants-0-price", "Use at most 2 decimals"),
                Arguments.of("variants[0].price", "1e3", "variants-0-price", "Enter the price as a number"),
                Arguments.of("variants[0].compareAtPrice", "9.95", "variants-0-compareAtPrice", "must not be below the price"),
                Arguments.of("variants[0].compareAtPrice", "-5", "variants-0-compareAtPrice", "A price cannot be negative."),
                Arguments.of("imageKeys", "../../etc/passwd", "imageKeys", "Image keys use letters, digits"),
                Arguments.of("imageKeys", "a b a", "imageKeys", "Each image key can appear only once."),
                Arguments.of("seoTitle", "x".repeat(71), "seoTitle", "Use at most 70 characters."),
                Arguments.of("seoDescription", "x".repeat(161), "seoDescription", "Use at most 160 characters."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badInput")
    void eachBadInputIsExplainedNextToItsFieldAndNothingIsSaved(String field, String value, String inputId, String message) {
        String slug = unique("bad-input");
        var fields = product(slug);
        fields.put(field, switch (value) {
            case "@demo-slug" -> demoSlug();
            case "@demo-sku" -> jdbc.sql("select sku from catalog.variant order by product_id limit 1").query(String.class).single();
            case "@same-sku" -> fields.get("variants[0].sku");
            default -> value;
        });

        var result = admin.post("/admin/catalog/products", fields);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"error-summary\"", "href=\"#" + inputId + "\"", HtmlUtils.htmlEscape(message))
                .containsPattern("id=\"" + java.util.regex.Pattern.quote(inputId) + "\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*"
                        + java.util.regex.Pattern.quote(inputId) + "-error\"")
                .contains("id=\"" + inputId + "-error\"");
        assertThat(jdbc.sql("select count(*) from catalog.product where slug = ? or name = ?").param(slug)
                .param(fields.get("name")).query(Long.class).single()).isZero();
    }

    @Test
    void withoutAnyVariantTheFormAsksForOne() {
        String slug = unique("no-variants");
        var fields = product(slug);
        fields.keySet().removeIf(key -> key.startsWith("variants["));

        assertThat(admin.post("/admin/catalog/products", fields)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Add at least one variant with a SKU and a price.", "href=\"#variants\"", "id=\"variants-0-sku\"");
        assertThat(countWithSlug(slug)).isZero();
    }

    @Test
    void aFormWithProblemsComesBackAsItWasTyped() {
        String slug = unique("typed");
        var fields = product(slug);
        fields.put("variants[1].price", "twelve");
        fields.put("description", "Line one\nline <two>");

        String page = body(admin.post("/admin/catalog/products", fields));

        assertThat(page).contains("value=\"Reading Lamp " + slug + "\"", "value=\"" + slug + "\"", "value=\"Lumen &amp; Co\"",
                "value=\"twelve\"", "value=\"59.95\"", "value=\"finish=brass\"", ">Line one\nline &lt;two&gt;</textarea>",
                "value=\"material\"", "value=\"brass\"", "img-one\nimg-two</textarea>", "<option value=\"" + category + "\" selected=\"selected\"");
        assertThat(countWithSlug(slug)).isZero();
    }

    @Test
    void scriptTagsAndSqlAreStoredVerbatimAndEscapedOnEveryPage() {
        String slug = unique("hostile");
        String script = "<script>alert('x')</script>";
        String sql = "'; drop table catalog.product; --";
        var fields = product(slug);
        fields.put("name", script + " Lamp " + slug);
        fields.put("brand", sql);
        fields.put("description", "<img src=x onerror=alert(1)> " + sql);
        fields.put("attributes[0].value", script);
        fields.put("variants[0].attributes", "finish=<i>brass</i>; note=" + sql.replace(";", "\\;"));
        fields.put("seoTitle", "\"><script>alert(2)</script>");
        fields.put("seoDescription", sql);

        var result = admin.post("/admin/catalog/products", fields);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        long id = idOf(slug);

        assertThat(jdbc.sql("""
                        select name, brand, description, attributes ->> 'material', seo_title, seo_description
                        from catalog.product where id = ?""")
                .param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).single())
                .containsExactly(script + " Lamp " + slug, sql, "<img src=x onerror=alert(1)> " + sql, script,
                        "\"><script>alert(2)</script>", sql);
        assertThat(jdbc.sql("select attributes ->> 'note' from catalog.variant where product_id = ? and position = 0").param(id)
                .query(String.class).single()).isEqualTo(sql);
        assertThat(jdbc.sql("select count(*) from catalog.product").query(Long.class).single()).isPositive();

        for (String page : List.of(body(admin.get("/admin/catalog/products/" + id)),
                body(admin.get("/admin/catalog/products?q=" + slug)))) {
            assertThat(page).doesNotContain(script, "<img src=x", "<i>brass</i>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
        confirm(id, "publish");
        assertThat(body(mvc.get().uri("/p/{slug}", slug).exchange())).doesNotContain(script, "<img src=x", "\"><script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Lamp");
    }

    @Test
    void rowButtonsAddAndRemoveRowsWithoutSaving() {
        String slug = unique("rows");
        var fields = product(slug);
        fields.put("rows", "add-variant");

        var added = admin.post("/admin/catalog/products", fields);
        assertThat(added).hasStatusOk().bodyText().contains("id=\"variants-2-sku\"", "value=\"SKU-" + slug + "-B\"")
                .doesNotContain("error-summary");

        fields.put("rows", "remove-attribute:0");
        assertThat(admin.post("/admin/catalog/products", fields)).hasStatusOk().bodyText()
                .doesNotContain("value=\"material\"").contains("value=\"SKU-" + slug + "-A\"");

        fields.put("rows", "add-attribute");
        assertThat(admin.post("/admin/catalog/products", fields)).hasStatusOk().bodyText().contains("id=\"attributes-1-key\"");
        assertThat(countWithSlug(slug)).isZero();
    }

    @Test
    void publishingAsksForConfirmationThenPutsTheProductInTheShop() {
        String slug = unique("published-lamp");
        long id = create(slug);
        assertThat(body(mvc.get().uri("/").exchange())).doesNotContain("Reading Lamp " + slug);

        assertThat(admin.get("/admin/catalog/products/{id}/publish", id)).hasStatusOk().bodyText()
                .contains("Publish “Reading Lamp " + slug + "”?", "action=\"/admin/catalog/products/" + id + "/publish\"");
        assertThat(status(id)).isEqualTo("DRAFT");

        events.clear();
        assertThat(confirm(id, "publish")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/products/" + id);

        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(events.stream(ProductPublished.class)).singleElement()
                .satisfies(published -> assertThat(published.slug()).isEqualTo(slug));
        assertThat(mvc.get().uri("/p/{slug}", slug)).hasStatusOk().bodyText().contains("Reading Lamp " + slug, "49.95");
        assertThat(body(mvc.get().uri("/").exchange())).as("the new arrivals are no longer cached").contains("Reading Lamp " + slug);
        assertThat(admin.get("/admin/catalog/products/" + id)).bodyText().contains("View in shop", "Retire…", "badge--published");
    }

    @Test
    void editingAPublishedProductAnnouncesItsNewStateWithTheNewPrice() {
        String slug = unique("repriced-lamp");
        long id = create(slug);
        confirm(id, "publish");
        events.clear();

        var fields = product(slug);
        fields.put("variants[0].price", "44.50");
        fields.put("name", "Repriced Lamp " + slug);
        var result = admin.post("/admin/catalog/products/" + id, fields);

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/products/" + id);
        assertThat(events.stream(ProductUpdated.class)).singleElement().satisfies(updated -> {
            assertThat(updated.productId()).isEqualTo(id);
            assertThat(updated.name()).isEqualTo("Repriced Lamp " + slug);
            assertThat(updated.mainImageKey()).isEqualTo("img-one");
            assertThat(updated.variants()).extracting(VariantSnapshot::sku, v -> v.price().amount())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SKU-" + slug + "-A", new BigDecimal("44.50")),
                            org.assertj.core.groups.Tuple.tuple("SKU-" + slug + "-B", new BigDecimal("54.95")));
        });
        assertThat(mvc.get().uri("/p/{slug}", slug)).hasStatusOk().bodyText().contains("Repriced Lamp " + slug, "44.50");
        assertThat(jdbc.sql("select price_from from catalog.product where id = ?").param(id).query(BigDecimal.class).single())
                .isEqualByComparingTo("44.50");
    }

    @Test
    void editingADraftAnnouncesNothing() {
        String slug = unique("quiet-draft");
        long id = create(slug);
        events.clear();

        var fields = product(slug);
        fields.put("variants[0].price", "1.00");
        assertThat(admin.post("/admin/catalog/products/" + id, fields)).hasStatus(HttpStatus.FOUND);

        assertThat(events.stream(ProductUpdated.class)).isEmpty();
        assertThat(jdbc.sql("select price from catalog.variant where product_id = ? and position = 0").param(id)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1.00");
    }

    @Test
    void aBadEditChangesNothing() {
        String slug = unique("kept");
        long id = create(slug);
        var fields = product(slug);
        fields.put("name", "Changed " + slug);
        fields.put("variants[0].price", "-5");

        assertThat(admin.post("/admin/catalog/products/" + id, fields)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("A price cannot be negative.", "value=\"Changed " + slug + "\"");
        assertThat(jdbc.sql("select name from catalog.product where id = ?").param(id).query(String.class).single())
                .isEqualTo("Reading Lamp " + slug);
    }

    @Test
    void anEditMayKeepItsOwnSlugAndSkusButNotTakeAnothers() {
        String slug = unique("own");
        long id = create(slug);
        String other = unique("other");
        create(other);

        var unchanged = admin.post("/admin/catalog/products/" + id, product(slug));
        assertThat(unchanged).hasStatus(HttpStatus.FOUND);
        assertThat(admin.get(unchanged.getResponse().getRedirectedUrl())).bodyText()
                .contains("Nothing to save: the product is as it was.");
        var fields = product(slug);
        fields.put("variants[1].sku", "SKU-" + other + "-A");
        assertThat(admin.post("/admin/catalog/products/" + id, fields)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains(HtmlUtils.htmlEscape("The SKU \"SKU-" + other + "-A\" already belongs to another product."));
    }

    @Test
    void retiringAsksForConfirmationThenTakesTheProductOutOfTheShop() {
        String slug = unique("retired-lamp");
        long id = create(slug);
        confirm(id, "publish");

        assertThat(admin.get("/admin/catalog/products/{id}/retire", id)).hasStatusOk().bodyText()
                .contains("Retire “Reading Lamp " + slug + "”?");
        assertThat(status(id)).isEqualTo("PUBLISHED");
        events.clear();
        confirm(id, "retire");

        assertThat(status(id)).isEqualTo("RETIRED");
        assertThat(events.stream(ProductRetired.class)).singleElement()
                .satisfies(retired -> assertThat(retired.skus()).containsExactly("SKU-" + slug + "-A", "SKU-" + slug + "-B"));
        assertThat(mvc.get().uri("/p/{slug}", slug).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyDraftsArePublishedAndOnlyPublishedProductsRetired() {
        String slug = unique("draft-only");
        long id = create(slug);

        var asked = admin.get("/admin/catalog/products/{id}/retire", id);
        assertThat(asked).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/products/" + id);
        assertThat(admin.get(asked.getResponse().getRedirectedUrl())).bodyText()
                .contains("Only published products can be retired; this product is draft.");

        var refused = confirm(id, "retire");
        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(admin.get(refused.getResponse().getRedirectedUrl())).bodyText()
                .contains("Only published products can be retired; this product is draft.");
        assertThat(status(id)).isEqualTo("DRAFT");

        admin.get(confirm(id, "publish").getResponse().getRedirectedUrl());
        var again = confirm(id, "publish");
        assertThat(admin.get(again.getResponse().getRedirectedUrl())).bodyText()
                .contains("Only drafts can be published; this product is published.");
    }

    @Test
    void aProductThatDoesNotExistIsNotFound() {
        long missing = 999_999_999L;
        assertThat(admin.get("/admin/catalog/products/{id}", missing)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(admin.post("/admin/catalog/products/" + missing, product(unique("ghost")))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(admin.post("/admin/catalog/products/" + missing + "/publish", Map.of())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(admin.get("/admin/catalog/products/abc")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select count(*) from catalog.product where id = ?").param(missing).query(Long.class).single()).isZero();
    }

    @Test
    void changesNeedAValidCsrfTokenAndAnAdmin() {
        String slug = unique("guarded");
        var fields = product(slug);
        var csrf = Forms.csrfFrom(mvc, "/login");

        var noToken = mvc.post().uri("/admin/catalog/products").cookie(admin.session()).accept(MediaType.TEXT_HTML);
        fields.forEach(noToken::param);
        assertThat(noToken).hasStatus(HttpStatus.FORBIDDEN);

        var forged = mvc.post().uri("/admin/catalog/products").cookie(admin.session(), csrf.cookie()).param("_csrf", "forged-token");
        fields.forEach(forged::param);
        assertThat(forged).hasStatus(HttpStatus.FORBIDDEN);

        var anonymous = mvc.post().uri("/admin/catalog/products").cookie(csrf.cookie()).param("_csrf", csrf.token());
        fields.forEach(anonymous::param);
        assertThat(anonymous).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");

        assertThat(mvc.get().uri("/admin/catalog/products").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
        assertThat(countWithSlug(slug)).isZero();
    }

    @Test
    void theListSearchesFiltersAndPages() {
        String brand = "Brand" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            var fields = product(unique("listed"));
            fields.put("brand", brand);
            admin.post("/admin/catalog/products", fields);
        }
        assertThat(admin.get("/admin/catalog/products?q=" + brand.toLowerCase())).bodyText()
                .contains("<span>3</span> <span>products</span>");
        assertThat(admin.get("/admin/catalog/products?q=" + brand + "&status=PUBLISHED")).bodyText().contains("No products");
        assertThat(admin.get("/admin/catalog/products?q=" + brand + "&status=DRAFT&category=" + category)).bodyText()
                .contains("<span>3</span> <span>products</span>");
        long clothing = jdbc.sql("select id from catalog.category where slug = 'clothing'").query(Long.class).single();
        assertThat(admin.get("/admin/catalog/products?q=" + brand + "&category=" + clothing)).bodyText().contains("No products");

        long published = jdbc.sql("select count(*) from catalog.product where status = 'PUBLISHED'").query(Long.class).single();
        long pages = (published + 24) / 25;
        String firstPage = body(admin.get("/admin/catalog/products?status=PUBLISHED"));
        assertThat(firstPage).contains("Page 1 of " + pages, "rel=\"next\"");
        assertThat(firstPage.split("badge--published", -1)).hasSize(26);
        assertThat(admin.get("/admin/catalog/products?status=PUBLISHED&page=999999")).hasStatusOk().bodyText()
                .contains("Page " + pages + " of " + pages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "999999"})
    void outOfRangePagesShowTheNearestPage(String page) {
        assertThat(admin.get("/admin/catalog/products?page=" + page)).hasStatusOk().bodyText()
                .contains("<h1>Products</h1>", "data-table");
    }

    @Test
    void hostileOrMalformedFiltersAreHandled() {
        String products = "/admin/catalog/products";
        assertThat(admin.query(products, "q", "\"><script>alert(1)</script>")).hasStatusOk().bodyText()
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(admin.query(products, "q", "' or 1=1 --")).hasStatusOk().bodyText().contains("No products");
        assertThat(admin.query(products, "q", "%")).hasStatusOk().bodyText().contains("No products");
        assertThat(admin.query(products, "q", "_")).hasStatusOk().bodyText().contains("No products");
        assertThat(admin.query(products, "q", "x".repeat(300))).hasStatusOk().bodyText()
                .contains("Search for at most 200 characters.");
        assertThat(admin.query(products, "status", "SOLD")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(admin.query(products, "category", "abc")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void htmxFilteringGetsTheResultsWithoutThePageAround() {
        assertThat(mvc.get().uri("/admin/catalog/products").param("status", "PUBLISHED").header("HX-Request", "true")
                .cookie(admin.session()))
                .hasStatusOk().bodyText()
                .contains("id=\"results\"", "badge--published")
                .doesNotContain("Skip to content", "<h1>");
        assertThat(admin.get("/admin/catalog/products")).bodyText()
                .contains("hx-get=\"/admin/catalog/products\"", "hx-push-url=\"true\"", "hx-target=\"#results\"");
    }

    @Test
    void theDashboardPanelCountsProductsByStatus() {
        long drafts = jdbc.sql("select count(*) from catalog.product where status = 'DRAFT'").query(Long.class).single();

        assertThat(mvc.get().uri("/admin/catalog/panel").header("HX-Request", "true").cookie(admin.session()))
                .hasStatusOk().bodyText()
                .contains("<strong class=\"figure\">" + drafts + "</strong>", "href=\"/admin/catalog/products?status=DRAFT\"")
                .doesNotContain("Skip to content");
        assertThat(admin.get("/admin")).bodyText().contains("hx-get=\"/admin/catalog/panel\"", "The catalog is taking a break.");
    }

    private long create(String slug) {
        var created = admin.post("/admin/catalog/products", product(slug));
        assertThat(created).hasStatus(HttpStatus.FOUND);
        admin.get(created.getResponse().getRedirectedUrl());
        return idOf(slug);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult confirm(long id, String change) {
        return admin.post("/admin/catalog/products/" + id + "/" + change, Map.of());
    }

    private Map<String, String> product(String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Reading Lamp " + slug);
        fields.put("slug", slug);
        fields.put("brand", "Lumen & Co");
        fields.put("description", "A lamp for long evenings.");
        fields.put("categoryId", String.valueOf(category));
        fields.put("attributes[0].key", "material");
        fields.put("attributes[0].value", "brass");
        fields.put("variants[0].sku", "SKU-" + slug + "-A");
        fields.put("variants[0].attributes", "finish=brass");
        fields.put("variants[0].price", "49.95");
        fields.put("variants[0].compareAtPrice", "59.95");
        fields.put("variants[1].sku", "SKU-" + slug + "-B");
        fields.put("variants[1].attributes", "");
        fields.put("variants[1].price", "54.95");
        fields.put("variants[1].compareAtPrice", "");
        fields.put("imageKeys", "img-one\nimg-two");
        fields.put("seoTitle", "A lamp to read by");
        fields.put("seoDescription", "Brass reading lamp.");
        return fields;
    }

    private String demoSlug() {
        return jdbc.sql("select slug from catalog.product order by id limit 1").query(String.class).single();
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from catalog.product where slug = ?").param(slug).query(Long.class).single();
    }

    private long countWithSlug(String slug) {
        return jdbc.sql("select count(*) from catalog.product where slug = ?").param(slug).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from catalog.product where id = ?").param(id).query(String.class).single();
    }
}

package shop.catalog.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.catalog.admin.AdminSession.body;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import shop.catalog.Assortment;
import shop.catalog.NewProduct;
import shop.catalog.NewProduct.NewVariant;
import testsupport.ShopIntegrationTest;

/**
 * Admins edit the category tree at /admin/catalog/categories: add, rename, reorder and move categories
 * with their subtrees, delete empty ones. Each test grows its own branch under the demo's "Home".
 */
@ShopIntegrationTest
class CategoriesAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assortment assortment;

    AdminSession admin;
    long home;

    @BeforeEach
    void signInAsAdmin() {
        admin = AdminSession.signIn(mvc);
        home = idOf("home");
    }

    @Test
    void theTreeShowsEachCategoryUnderItsParent() {
        String page = body(admin.get("/admin/catalog/categories"));

        assertThat(page).contains("<h1>Categories</h1>", "href=\"/admin/catalog/categories/new\"");
        assertThat(page.indexOf(">Clothing<")).isLessThan(page.indexOf(">Jackets<"));
        assertThat(page.indexOf(">Jackets<")).isLessThan(page.indexOf(">Footwear<"));
        assertThat(page).contains("(in Clothing › Jackets)");
    }

    @Test
    void anAdminAddsACategoryUnderAParentWithASlugMadeFromItsName() {
        String suffix = suffix();
        var result = admin.post("/admin/catalog/categories", category("Rain Lamps " + suffix, "", home, ""));

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/categories");
        assertThat(pathOf("rain-lamps-" + suffix)).isEqualTo("/home/rain-lamps-" + suffix + "/");
        assertThat(admin.get("/admin/catalog/categories")).bodyText().contains("Added the category “Rain Lamps " + suffix + "”.");
        assertThat(body(mvc.get().uri("/").exchange())).as("the cached tree was cleared").contains("Rain Lamps " + suffix);
    }

    @Test
    void movingACategoryMovesItsSubtreeAndTheShopStillListsItsProducts() {
        String s = suffix();
        long a = add("a-" + s, home);
        long b = add("b-" + s, a);
        long c = add("c-" + s, b);
        long d = add("d-" + s, home);
        String product = publishProductIn(c, "moved-" + s);

        var result = admin.post("/admin/catalog/categories/" + b, category("B " + s, "b-" + s, d, "3"));

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(pathOf("b-" + s)).isEqualTo("/home/d-" + s + "/b-" + s + "/");
        assertThat(pathOf("c-" + s)).isEqualTo("/home/d-" + s + "/b-" + s + "/c-" + s + "/");
        assertThat(jdbc.sql("select parent_id, position from catalog.category where id = ?").param(b)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(d, 3L);
        assertThat(mvc.get().uri("/c/d-" + s)).hasStatusOk().bodyText().contains("Lamp " + product);
        assertThat(mvc.get().uri("/c/c-" + s)).hasStatusOk().bodyText().contains("Lamp " + product);
        assertThat(mvc.get().uri("/c/a-" + s)).hasStatusOk().bodyText().doesNotContain("Lamp " + product);
        assertThat(mvc.get().uri("/p/" + product)).hasStatusOk().bodyText().contains("href=\"/c/d-" + s + "\"");
    }

    @Test
    void renamingASlugChangesThePathsOfTheWholeSubtree() {
        String s = suffix();
        long a = add("old-" + s, home);
        add("child-" + s, a);

        assertThat(admin.post("/admin/catalog/categories/" + a, category("Renamed " + s, "new-" + s, home, "")))
                .hasStatus(HttpStatus.FOUND);

        assertThat(pathOf("new-" + s)).isEqualTo("/home/new-" + s + "/");
        assertThat(pathOf("child-" + s)).isEqualTo("/home/new-" + s + "/child-" + s + "/");
        assertThat(body(mvc.get().uri("/").exchange())).contains("Renamed " + s);
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsOwnSubcategories() {
        String s = suffix();
        long a = add("top-" + s, home);
        long b = add("mid-" + s, a);
        long c = add("low-" + s, b);

        assertThat(admin.post("/admin/catalog/categories/" + a, category("Top", "top-" + s, c, "")))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("A category cannot move under one of its own subcategories.", "href=\"#parentId\"",
                        "aria-describedby=\"parentId-help parentId-error\"");
        assertThat(admin.post("/admin/catalog/categories/" + a, category("Top", "top-" + s, a, "")))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("A category cannot be its own parent.");
        assertThat(pathOf("top-" + s)).isEqualTo("/home/top-" + s + "/");
        assertThat(pathOf("low-" + s)).isEqualTo("/home/top-" + s + "/mid-" + s + "/low-" + s + "/");
        assertThat(body(admin.get("/admin/catalog/categories/" + a))).as("the parent list offers no descendant")
                .doesNotContain("<option value=\"" + c + "\"", "<option value=\"" + b + "\"");
    }

    @Test
    void aCategoryWithProductsOrSubcategoriesIsNotDeleted() {
        String s = suffix();
        long parent = add("full-" + s, home);
        long child = add("holds-" + s, parent);
        publishProductIn(child, "kept-" + s);

        assertThat(admin.get("/admin/catalog/categories/{id}/delete", child)).hasStatusOk().bodyText()
                .contains("This category still holds 1 product", "See its products").doesNotContain(">Delete</button>");
        assertThat(admin.get("/admin/catalog/categories/{id}/delete", parent)).hasStatusOk().bodyText()
                .contains("This category has 1 subcategory: move or delete them first.");

        var refused = admin.post("/admin/catalog/categories/" + child + "/delete", Map.of());
        assertThat(refused).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/categories/" + child + "/delete");
        assertThat(admin.get(refused.getResponse().getRedirectedUrl())).bodyText()
                .contains(HtmlUtils.htmlEscape("This category still holds products (drafts and retired ones count too)"));
        admin.post("/admin/catalog/categories/" + parent + "/delete", Map.of());

        assertThat(jdbc.sql("select count(*) from catalog.category where id in (?, ?)").params(parent, child)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anEmptyCategoryIsDeletedAfterConfirmation() {
        String s = suffix();
        long empty = add("empty-" + s, home);

        assertThat(admin.get("/admin/catalog/categories/{id}/delete", empty)).hasStatusOk().bodyText()
                .contains("Delete “Empty " + s + "”?", ">Delete</button>");
        assertThat(pathOf("empty-" + s)).isNotNull();

        assertThat(admin.post("/admin/catalog/categories/" + empty + "/delete", Map.of())).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/admin/catalog/categories");
        assertThat(jdbc.sql("select count(*) from catalog.category where id = ?").param(empty).query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        String s = suffix();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("name=", "Enter the category&#39;s name.");
        cases.put("name=" + "x".repeat(101), "Use at most 100 characters.");
        cases.put("slug=Not a slug", "Use lower-case letters and digits");
        cases.put("slug=jackets", HtmlUtils.htmlEscape("The slug \"jackets\" is already used by another category."));
        cases.put("parentId=999999999", "Choose a parent category from the list.");
        cases.put("parentId=abc", "Choose a parent category from the list.");
        cases.put("position=-1", "Enter the position as a whole number from 0 to 9999.");
        cases.put("position=first", "Enter the position as a whole number from 0 to 9999.");
        cases.put("description=" + "x".repeat(2001), "Use at most 2000 characters.");
        cases.forEach((change, message) -> {
            var fields = category("Bad " + s, "bad-" + s, home, "");
            String[] parts = change.split("=", 2);
            fields.put(parts[0], parts[1]);

            assertThat(admin.post("/admin/catalog/categories", fields)).as(change)
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                    .contains(message, "href=\"#" + parts[0] + "\"", "aria-invalid=\"true\"");
        });
        assertThat(jdbc.sql("select count(*) from catalog.category where slug = ? or name = ?").params("bad-" + s, "Bad " + s)
                .query(Long.class).single()).isZero();
    }

    @Test
    void hostileNamesAreStoredVerbatimAndEscaped() {
        String s = suffix();
        String name = "<script>alert('c')</script> '; drop table catalog.category; -- " + s;
        assertThat(admin.post("/admin/catalog/categories", category(name, "hostile-" + s, home, ""))).hasStatus(HttpStatus.FOUND);

        assertThat(jdbc.sql("select name from catalog.category where slug = ?").param("hostile-" + s).query(String.class).single())
                .isEqualTo(name);
        assertThat(body(admin.get("/admin/catalog/categories"))).doesNotContain("<script>alert('c')").contains("&lt;script&gt;alert(&#39;c&#39;)");
        assertThat(body(mvc.get().uri("/").exchange())).doesNotContain("<script>alert('c')");
    }

    @Test
    void unknownCategoriesAreNotFoundAndChangesNeedAnAdmin() {
        assertThat(admin.get("/admin/catalog/categories/999999999")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(admin.post("/admin/catalog/categories/999999999", category("X", "x", null, ""))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(admin.post("/admin/catalog/categories/999999999/delete", Map.of())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/admin/catalog/categories/{id}/delete", home).cookie(admin.session()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/catalog/categories").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
        assertThat(pathOf("home")).isEqualTo("/home/");
    }

    private long add(String slug, long parent) {
        String name = Character.toUpperCase(slug.charAt(0)) + slug.substring(1, slug.indexOf('-')) + " " + slug.substring(slug.indexOf('-') + 1);
        assertThat(admin.post("/admin/catalog/categories", category(name, slug, parent, ""))).hasStatus(HttpStatus.FOUND);
        return idOf(slug);
    }

    private String publishProductIn(long category, String slug) {
        long id = assortment.addProduct(new NewProduct(slug, "Lamp " + slug, "Lumen", "A lamp.", Map.of(), category,
                List.of(new NewVariant("SKU-" + slug, Map.of(), new BigDecimal("30.00"), null)), List.of(), null, null));
        assortment.publish(id);
        return slug;
    }

    private static Map<String, String> category(String name, String slug, Long parent, String position) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", slug);
        fields.put("description", "A category made by a test.");
        fields.put("parentId", parent == null ? "" : parent.toString());
        fields.put("position", position);
        return fields;
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from catalog.category where slug = ?").param(slug).query(Long.class).single();
    }

    private String pathOf(String slug) {
        return jdbc.sql("select path from catalog.category where slug = ?").param(slug).query(String.class).optional().orElse(null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

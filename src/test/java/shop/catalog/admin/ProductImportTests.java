package shop.catalog.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static shop.catalog.admin.AdminSession.body;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import shop.catalog.SearchVocabulary;
import shop.catalog.events.ProductPublished;
import shop.catalog.events.ProductUpdated;
import testsupport.DemoPictures;
import testsupport.ShopIntegrationTest;

/** Admins export the catalog as CSV and import products from CSV: preview first, then all or nothing. */
@ShopIntegrationTest
@RecordApplicationEvents
class ProductImportTests {

    static final String HEADER = "slug,name,brand,description,category_slug,status,attributes,sku,variant_attributes,price,"
            + "compare_at_price,image_keys,seo_title,seo_description\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SearchVocabulary vocabulary;

    AdminSession admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = AdminSession.signIn(mvc);
    }

    @Test
    void theExportHasAHeaderAndOneRowPerVariant() throws IOException {
        var export = admin.get("/admin/catalog/export");

        assertThat(export).hasStatusOk().hasContentTypeCompatibleWith("text/csv")
                .headers().hasValue("Content-Disposition",
                        "attachment; filename=\"products-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body(export))).getRecords();
        assertThat(rows).hasSize(jdbc.sql("select count(*) from catalog.variant").query(Integer.class).single());
        var jacket = rows.stream().filter(r -> r.get("sku").endsWith("-XXL")).findFirst().orElseThrow();
        assertThat(jacket.get("variant_attributes")).isEqualTo("size=XXL");
        assertThat(jacket.get("attributes")).contains("material=", "colour=");
        assertThat(jacket.get("price")).matches("[0-9]+\\.[0-9]{2}");
    }

    @Test
    void reimportingTheExportChangesNothing() {
        DemoPictures.awaitAllHanded(jdbc);
        byte[] export = admin.get("/admin/catalog/export").getResponse().getContentAsByteArray();
        long products = jdbc.sql("select count(distinct product_id) from catalog.variant").query(Long.class).single();

        String preview = preview(export);

        assertThat(preview).contains("0 new, 0 changed, " + products + " without changes.", "Importing this file would change nothing.")
                .doesNotContain("Import these products", "Problems</h2>");
    }

    @Test
    void goodRowsBecomeProductsAndPublishedOnesAppearInTheShop() {
        String s = suffix();
        String csv = HEADER
                + "quokka-mitten-" + s + ",Quokkafleece Mitten " + s + ",Harbour,\"Warm, soft mittens\",textiles,PUBLISHED,"
                + "material=wool; colour=grey,QM-" + s + "-S,size=S,24.00,30.00,mit-1 mit-2,Mittens,Warm mittens\n"
                + "quokka-mitten-" + s + ",,,,,,,QM-" + s + "-L,size=L,26.50,,,,\n"
                + "draft-scarf-" + s + ",Draft Scarf " + s + ",Harbour,A scarf.,textiles,,,DS-" + s + ",,15,,,,\n";
        events.clear();

        String preview = preview(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview).contains("2 new, 0 changed, 0 without changes.", "Import these products", "DRAFT", "PUBLISHED");
        assertThat(jdbc.sql("select count(*) from catalog.product where slug like ?").param("%-" + s).query(Long.class).single()).isZero();

        var imported = confirmLatest();
        assertThat(imported).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/products");
        assertThat(admin.get("/admin/catalog/products")).bodyText().contains("2 products created, 0 updated.");

        assertThat(statusOf("quokka-mitten-" + s)).isEqualTo("PUBLISHED");
        assertThat(statusOf("draft-scarf-" + s)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("""
                        select string_agg(v.sku || '=' || v.price || '/' || coalesce(v.compare_at_price::text, '-') || '/'
                                          || (v.attributes ->> 'size'), ' ' order by v.position)
                        from catalog.variant v join catalog.product p on p.id = v.product_id where p.slug = ?""")
                .param("quokka-mitten-" + s).query(String.class).single())
                .isEqualTo("QM-" + s + "-S=24.00/30.00/S QM-" + s + "-L=26.50/-/L");
        assertThat(mvc.get().uri("/p/quokka-mitten-" + s)).hasStatusOk().bodyText()
                .contains("Quokkafleece Mitten " + s, "24.00", "Warm, soft mittens");
        assertThat(mvc.get().uri("/p/draft-scarf-" + s).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(events.stream(ProductPublished.class)).singleElement()
                .satisfies(published -> assertThat(published.mainImageKey()).isEqualTo("mit-1"));
        assertThat(vocabulary.correct("quokkafleese")).as("the search vocabulary was rebuilt").contains("quokkafleece");
    }

    @Test
    void aFileWithAnyBadRowWritesNothingAndNamesEveryBadRow() {
        String s = suffix();
        String demoSku = jdbc.sql("select sku from catalog.variant order by product_id limit 1").query(String.class).single();
        String csv = HEADER
                + "fine-" + s + ",Fine " + s + ",,,textiles,,,F-" + s + ",,10.00,,,,\n"              // 2: good
                + "neg-" + s + ",Negative,,,textiles,,,N-" + s + ",,-1.00,,,,\n"                     // 3
                + "nan-" + s + ",Not a number,,,textiles,,,NAN-" + s + ",,ten,,,,\n"                 // 4
                + "dec-" + s + ",Decimals,,,textiles,,,DEC-" + s + ",,1.999,,,,\n"                    // 5
                + "dup-" + s + ",Duplicate,,,textiles,,,F-" + s + ",,10.00,,,,\n"                    // 6: SKU of row 2
                + "taken-" + s + ",Taken,,,textiles,,," + demoSku + ",,10.00,,,,\n"                    // 7
                + "cat-" + s + ",Category,,,no-such-category,,,CAT-" + s + ",,10.00,,,,\n"           // 8
                + "Bad Slug " + s + ",Slug,,,textiles,,,SL-" + s + ",,10.00,,,,\n"                  // 9
                + "cmp-" + s + ",Compare,,,textiles,,,CMP-" + s + ",,10.00,5.00,,,\n"                // 10
                + "st-" + s + ",Status,,,textiles,SOLD,,ST-" + s + ",,10.00,,,,\n"                   // 11
                + "attr-" + s + ",Attributes,,,textiles,,Bad Key=1,AT-" + s + ",,10.00,,,,\n"         // 12
                + "ret-" + s + ",Retired,,,textiles,RETIRED,,RT-" + s + ",,10.00,,,,\n"              // 13
                + "," + "No slug,,,textiles,,,NS-" + s + ",,10.00,,,,\n";                                 // 14

        String preview = preview(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview).contains("The file has 12 problems: nothing will be imported").doesNotContain("Import these products");
        assertThat(problemRows(preview)).containsExactly(
                "3 price A price cannot be negative.",
                "4 price Enter the price as a number, like 19.95 (no currency sign, a point before the cents).",
                "5 price Use at most 2 decimals, like 19.95.",
                "6 sku The SKU &quot;F-" + s + "&quot; is also on row 2.",
                "7 sku The SKU &quot;" + demoSku + "&quot; already belongs to another product.",
                "8 category_slug There is no category with the slug &quot;no-such-category&quot;.",
                "9 slug Use lower-case letters and digits, in words joined by single dashes (like wool-field-jacket).",
                "10 compare_at_price The compare-at price must not be below the price (leave it empty when nothing is reduced).",
                "11 status Use DRAFT, PUBLISHED or RETIRED, or leave it empty.",
                "12 attributes Attribute names use lower-case letters, digits and dashes, at most 40 (like material or dishwasher-safe).",
                "13 status A new product can only be DRAFT or PUBLISHED.",
                "14 slug " + HtmlUtils.htmlEscape("Enter the product's slug: it says which product the row belongs to."));

        assertThat(confirmLatest()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(jdbc.sql("select count(*) from catalog.product where slug like ?").param("%-" + s).query(Long.class).single())
                .isZero();
    }

    @Test
    void anUpdateChangesPricesAndAnnouncesThemForPublishedProducts() {
        String s = suffix();
        String created = HEADER + "lantern-" + s + ",Lantern " + s + ",Lumen,A lantern.,lighting,PUBLISHED,,LAN-" + s + ",,40.00,,,,\n";
        preview(created.getBytes(StandardCharsets.UTF_8));
        confirmLatest();
        events.clear();

        String changed = HEADER + "lantern-" + s + ",Lantern " + s + ",Lumen,A lantern.,lighting,,,LAN-" + s + ",,35.50,,,,\n";
        assertThat(preview(changed.getBytes(StandardCharsets.UTF_8))).contains("0 new, 1 changed, 0 without changes.",
                "variants and prices");
        confirmLatest();

        assertThat(events.stream(ProductUpdated.class)).singleElement().satisfies(updated -> assertThat(
                updated.variants().getFirst().price().amount()).isEqualByComparingTo("35.50"));
        assertThat(mvc.get().uri("/p/lantern-" + s)).hasStatusOk().bodyText().contains("35.50");
        assertThat(jdbc.sql("select price_from from catalog.product where slug = ?").param("lantern-" + s)
                .query(BigDecimal.class).single()).isEqualByComparingTo("35.50");
    }

    @Test
    void aFileWithOnlyTheRequiredColumnsKeepsWhatItDoesNotName() {
        String s = suffix();
        preview((HEADER + "kept-" + s + ",Kept " + s + ",Lumen,Long text.,lighting,PUBLISHED,material=oak,KEPT-" + s
                + ",colour=red,40.00,50.00,img-a,Title,Description\n").getBytes(StandardCharsets.UTF_8));
        confirmLatest();

        String minimal = "slug,name,category_slug,sku,price\nkept-" + s + ",Kept " + s + ",lighting,KEPT-" + s + ",45.00\n";
        assertThat(preview(minimal.getBytes(StandardCharsets.UTF_8))).contains("0 new, 1 changed").doesNotContain("images");
        confirmLatest();

        assertThat(jdbc.sql("""
                        select p.brand || '|' || p.description || '|' || (p.attributes ->> 'material') || '|' || p.seo_title || '|'
                               || v.price || '|' || v.compare_at_price || '|' || (v.attributes ->> 'colour')
                        from catalog.product p join catalog.variant v on v.product_id = p.id where p.slug = ?""")
                .param("kept-" + s).query(String.class).single()).isEqualTo("Lumen|Long text.|oak|Title|45.00|50.00|red");
    }

    @Test
    void statusesOnlyMoveForward() {
        String s = suffix();
        preview((HEADER + "fwd-" + s + ",Forward,,,lighting,PUBLISHED,,FWD-" + s + ",,10.00,,,,\n").getBytes(StandardCharsets.UTF_8));
        confirmLatest();

        assertThat(preview((HEADER + "fwd-" + s + ",Forward,,,lighting,DRAFT,,FWD-" + s + ",,10.00,,,,\n").getBytes(StandardCharsets.UTF_8)))
                .contains("A product cannot go from PUBLISHED to DRAFT");
        assertThat(preview((HEADER + "fwd-" + s + ",Forward,,,lighting,RETIRED,,FWD-" + s + ",,10.00,,,,\n").getBytes(StandardCharsets.UTF_8)))
                .contains("0 new, 1 changed", "PUBLISHED → RETIRED");
        confirmLatest();
        assertThat(statusOf("fwd-" + s)).isEqualTo("RETIRED");
    }

    @Test
    void unusableFilesAreRefusedWithAReasonAndKeptNowhere() {
        long kept = jdbc.sql("select count(*) from catalog.product_import").query(Long.class).single();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("Missing columns: sku, price.", "slug,name,category_slug\na,b,c\n".getBytes(StandardCharsets.UTF_8));
        files.put("Unknown columns: colour, weight.", (HEADER.strip() + ",colour,weight\n").getBytes(StandardCharsets.UTF_8));
        files.put("Columns named more than once: price.", "slug,name,category_slug,sku,price,price\n".getBytes(StandardCharsets.UTF_8));
        files.put("The file has no products", HEADER.getBytes(StandardCharsets.UTF_8));
        files.put("Missing columns: slug, name, category_slug, sku, price.", new byte[] { ' ', '\n' });
        files.put("The file is not UTF-8 text.", (HEADER + "caf\u00e9,Caf\u00e9,,,lighting,,,C1,,1,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        files.put("The file could not be read as CSV at row 2", (HEADER + "a,\"unclosed,b\n").getBytes(StandardCharsets.UTF_8));
        files.put("The file has more than 10000 product rows", tooManyRows());
        files.put("The file is larger than 10 MB.", new byte[10 * 1024 * 1024 + 1]);
        files.forEach((message, file) -> assertThat(admin.upload("/admin/catalog/import", file)).as(message)
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains(HtmlUtils.htmlEscape(message),
                        "aria-describedby=\"file-help file-error\""));

        assertThat(admin.post("/admin/catalog/import", Map.of())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Choose a CSV file to upload.");
        assertThat(jdbc.sql("select count(*) from catalog.product_import").query(Long.class).single()).isEqualTo(kept);
    }

    @Test
    void anUploadIsOnlyUsableByItsOwnAdminAndNeedsCsrfToConfirm() {
        String s = suffix();
        String csv = HEADER + "own-" + s + ",Own " + s + ",,,lighting,,,OWN-" + s + ",,10.00,,,,\n";
        jdbc.sql("insert into catalog.product_import (token, owner, file_name, content) values (?, ?, ?, ?)")
                .params("someone-elses-" + s, "someone@else.example", "theirs.csv", csv.getBytes(StandardCharsets.UTF_8)).update();

        var foreign = admin.get("/admin/catalog/import/someone-elses-" + s);
        assertThat(foreign).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/catalog/import");
        assertThat(admin.get("/admin/catalog/import")).bodyText().contains("That import is no longer available");
        assertThat(admin.post("/admin/catalog/import/someone-elses-" + s, Map.of())).hasStatus(HttpStatus.FOUND);
        assertThat(admin.post("/admin/catalog/import/no-such-token", Map.of())).hasStatus(HttpStatus.FOUND);

        preview(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/admin/catalog/import/" + latestToken()).cookie(admin.session()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from catalog.product where slug = ?").param("own-" + s).query(Long.class).single())
                .isZero();
    }

    @Test
    void cellsThatSpreadsheetsWouldRunAreExportedAsTextAndImportedBackUnchanged() throws IOException {
        String s = suffix();
        // Not in the name or brand: the admin list's search tests expect no product there to contain a %
        imported((HEADER + "formula-" + s + ",=1+1 Lamp " + s + ",@Harbour,-20% Sale,lighting,PUBLISHED,,FORM-" + s
                + ",,12.00,,,+plus,\n").getBytes(StandardCharsets.UTF_8));

        byte[] export = admin.get("/admin/catalog/export").getResponse().getContentAsByteArray();
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(export, StandardCharsets.UTF_8))).getRecords().stream()
                .filter(r -> r.get("sku").equals("FORM-" + s)).findFirst().orElseThrow();
        assertThat(List.of(row.get("name"), row.get("brand"), row.get("description"), row.get("seo_title")))
                .containsExactly("'=1+1 Lamp " + s, "'@Harbour", "'-20% Sale", "'+plus");

        // Only this product's rows: demo products may get their pictures meanwhile, which is a change
        String own = new String(export, StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("slug,") || line.startsWith("formula-" + s + ","))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        String preview = preview(own.getBytes(StandardCharsets.UTF_8));
        assertThat(preview).contains("0 new, 0 changed, 1 without changes.", "Importing this file would change nothing.");
        assertThat(jdbc.sql("select name || '|' || brand || '|' || description || '|' || seo_title from catalog.product where slug = ?")
                .param("formula-" + s).query(String.class).single())
                .isEqualTo("=1+1 Lamp " + s + "|@Harbour|-20% Sale|+plus");
    }

    @Test
    void aOneRowFileChangesOnePriceAndKeepsTheOtherFiveSizes() {
        String s = suffix();
        createJacket(s);
        events.clear();

        String oneRow = "slug,name,category_slug,sku,price\njacket-" + s + ",Jacket " + s + ",textiles,J-" + s + "-M,79.00\n";
        String preview = preview(oneRow.getBytes(StandardCharsets.UTF_8));

        assertThat(preview).contains("Mode: <strong>update</strong>", "0 new, 1 changed, 0 without changes.", "1 in the file")
                .doesNotContain("removed", "Removals");
        confirmLatest();

        assertThat(variantsOf("jacket-" + s)).containsExactly("J-" + s + "-XS=89.00", "J-" + s + "-S=89.00",
                "J-" + s + "-M=79.00", "J-" + s + "-L=89.00", "J-" + s + "-XL=89.00", "J-" + s + "-XXL=95.00");
        assertThat(events.stream(ProductUpdated.class)).singleElement()
                .satisfies(updated -> assertThat(updated.variants()).hasSize(6));
    }

    @Test
    void replacingPreviewsEveryRemovalPlainlyAndOnlyThenRemoves() {
        String s = suffix();
        createJacket(s);
        imported((HEADER + "stray-" + s + ",Stray Draft " + s + ",,,lighting,,,STRAY-" + s + ",,5.00,,,,\n"
                + "gone-" + s + ",Gone Lamp " + s + ",,,lighting,PUBLISHED,,GONE-" + s + ",,6.00,,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        // The whole catalog but the stray draft, the lamp and five of the jacket's sizes; the jacket's M cheaper
        String file = new String(admin.get("/admin/catalog/export").getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8).lines()
                .filter(line -> !line.contains("stray-" + s) && !line.contains("gone-" + s))
                .filter(line -> !line.startsWith("jacket-" + s) || line.contains("J-" + s + "-M,"))
                .map(line -> line.startsWith("jacket-" + s) ? line.replace("89.00", "79.00") : line)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));

        var uploaded = admin.upload("/admin/catalog/import", file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace"));
        assertThat(uploaded).hasStatus(HttpStatus.FOUND);
        String preview = body(admin.get(uploaded.getResponse().getRedirectedUrl()));

        assertThat(preview).contains("Mode: <strong>replace</strong>", "7 variants will be removed",
                "from 1 product in the file, and 2 products not in the file taken out of the catalog.",
                "Removals (7)", "Import and remove 7 variants", "button--danger");
        assertThat(removalRows(preview)).containsExactly(
                "J-" + s + "-XS Variant removed", "J-" + s + "-S Variant removed", "J-" + s + "-L Variant removed",
                "J-" + s + "-XL Variant removed", "J-" + s + "-XXL Variant removed",
                "STRAY-" + s + " Product removed", "GONE-" + s + " Product removed");
        assertThat(variantsOf("jacket-" + s)).as("nothing is removed by the preview").hasSize(6);

        assertThat(confirmLatest()).as("a confirmation without the removals it was shown")
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("The catalog changed since this preview");
        assertThat(variantsOf("jacket-" + s)).hasSize(6);

        var digest = java.util.regex.Pattern.compile("name=\"removals\" value=\"([0-9a-f]{64})\"").matcher(preview);
        assertThat(digest.find()).isTrue();
        assertThat(admin.post("/admin/catalog/import/" + latestToken(), Map.of("removals", digest.group(1))))
                .hasStatus(HttpStatus.FOUND);

        assertThat(variantsOf("jacket-" + s)).containsExactly("J-" + s + "-M=79.00");
        assertThat(jdbc.sql("select count(*) from catalog.product where slug = ?").param("stray-" + s).query(Long.class)
                .single()).as("a draft never sold is deleted").isZero();
        assertThat(statusOf("gone-" + s)).as("a published product is retired").isEqualTo("RETIRED");
        assertThat(admin.get("/admin/catalog/products")).bodyText().contains("2 products taken out of the catalog.");
    }

    @Test
    void anUnknownImportModeIsRefusedClearlyAndChangesNothing() {
        String s = suffix();
        createJacket(s);
        long kept = jdbc.sql("select count(*) from catalog.product_import").query(Long.class).single();
        String oneRow = "slug,name,category_slug,sku,price\njacket-" + s + ",Jacket " + s + ",textiles,J-" + s + "-M,1.00\n";

        assertThat(admin.upload("/admin/catalog/import", oneRow.getBytes(StandardCharsets.UTF_8), Map.of("mode", "delete-all")))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Choose how to import: update the products in the file, or replace", "id=\"mode-error\"");

        assertThat(jdbc.sql("select count(*) from catalog.product_import").query(Long.class).single()).isEqualTo(kept);
        assertThat(variantsOf("jacket-" + s)).hasSize(6).contains("J-" + s + "-M=89.00");
    }

    /** A published jacket in six sizes, XS to XXL: 89.00 each but XXL at 95.00. */
    private void createJacket(String s) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String size : List.of("XS", "S", "M", "L", "XL", "XXL")) {
            csv.append("jacket-").append(s).append(",Jacket ").append(s).append(",Harbour,A jacket.,textiles,PUBLISHED,,J-")
                    .append(s).append('-').append(size).append(",size=").append(size).append(',')
                    .append(size.equals("XXL") ? "95.00" : "89.00").append(",,,,\n");
        }
        imported(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Imports {@code file} and reads the page it leads to (which shows, and so uses up, its notice). */
    private void imported(byte[] file) {
        preview(file);
        var confirmed = confirmLatest();
        assertThat(confirmed).hasStatus(HttpStatus.FOUND);
        assertThat(admin.get(confirmed.getResponse().getRedirectedUrl())).bodyText().contains("Imported");
    }

    private List<String> variantsOf(String slug) {
        return jdbc.sql("""
                        select v.sku || '=' || v.price from catalog.variant v join catalog.product p on p.id = v.product_id
                        where p.slug = ? order by v.position""")
                .param(slug).query(String.class).list();
    }

    /** "sku removal" of each removal the preview lists. */
    private static List<String> removalRows(String page) {
        var matcher = java.util.regex.Pattern.compile(
                "<td><code>([^<]*)</code></td>\\s*<td><span class=\"badge badge--danger\">([^<]*)</span></td>").matcher(page);
        List<String> rows = new java.util.ArrayList<>();
        while (matcher.find()) {
            rows.add(matcher.group(1) + " " + matcher.group(2));
        }
        return rows;
    }

    private String preview(byte[] file) {
        MvcTestResult uploaded = admin.upload("/admin/catalog/import", file);
        assertThat(uploaded).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/catalog/import/");
        var preview = admin.get(uploaded.getResponse().getRedirectedUrl());
        assertThat(preview).hasStatusOk();
        return body(preview);
    }

    private MvcTestResult confirmLatest() {
        return admin.post("/admin/catalog/import/" + latestToken(), Map.of());
    }

    private String latestToken() {
        return jdbc.sql("select token from catalog.product_import where owner = 'admin@shop.local' order by created_at desc limit 1")
                .query(String.class).single();
    }

    private String statusOf(String slug) {
        return jdbc.sql("select status from catalog.product where slug = ?").param(slug).query(String.class).single();
    }

    /** "row column message" of each problem the preview lists. */
    private static List<String> problemRows(String page) {
        var matcher = java.util.regex.Pattern.compile(
                "<td class=\"numeric\">(\\d+)</td>\\s*<td>(?:<code>([^<]*)</code>)?</td>\\s*<td>([^<]*)</td>").matcher(page);
        List<String> rows = new java.util.ArrayList<>();
        while (matcher.find()) {
            rows.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3));
        }
        return rows;
    }

    private static byte[] tooManyRows() {
        StringBuilder csv = new StringBuilder("slug,name,category_slug,sku,price\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append("p").append(i).append(",P,lighting,S").append(i).append(",1\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import shop.catalog.DemoImages.DemoProduct;
import shop.catalog.NewProduct.NewVariant;
import shop.media.events.DemoPicturesStored.Picture;
import testsupport.DemoPictures;
import testsupport.ShopIntegrationTest;

/**
 * Demo products show the media module's drawn pictures: on the storefront as real JPEGs, whichever of the
 * two (products, pictures) came first, and never on a product an admin made or edited.
 */
@ShopIntegrationTest
class DemoImagesTests {

    private static final Pattern CARD_IMAGE = Pattern.compile("/media/([0-9a-f]{64})/card");
    private static final Pattern LARGE_IMAGE = Pattern.compile("/media/([0-9a-f]{64})/large");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assortment assortment;

    @Autowired
    DemoImages demoImages;

    @Autowired
    TransactionTemplate transaction;

    private final List<Long> published = new ArrayList<>();

    /** Products with made-up image keys leave the storefront again, so other tests see no broken images. */
    @AfterEach
    void retireTheTestsProducts() {
        published.forEach(assortment::retire);
    }

    @Test
    void demoProductsShowTheDrawnPicturesOfTheirKindAndColourOnTheStorefront() {
        DemoPictures.awaitAllHanded(jdbc);
        assertThat(count("select count(*) from catalog.demo_product where subject not like 'test-%'"))
                .as("demo products generated for the tests").isGreaterThanOrEqualTo(100);
        assertThat(count("""
                select count(*) from catalog.product_image i join catalog.demo_product d on d.product_id = i.product_id
                where d.subject not like 'test-%' and i.image_key not in (
                  select image_key from catalog.demo_picture x where x.subject = d.subject and x.colour = d.colour)"""))
                .as("images that are not a picture of the product's kind in its colour").isZero();

        Set<String> cards = all(CARD_IMAGE, html("/c/sleeping-bags"));
        cards.retainAll(jdbc.sql("select image_key from catalog.demo_picture").query(String.class).set());
        assertThat(cards).as("demo pictures on the cards of a category page").hasSizeGreaterThanOrEqualTo(4);
        for (String key : cards) {
            assertThat(size(jpeg("/media/" + key + "/card"))).isEqualTo("480x600");
        }

        String slug = jdbc.sql("""
                        select p.slug from catalog.product p join catalog.demo_product d on d.product_id = p.id
                        where p.status = 'PUBLISHED' and d.subject = 'sleeping-bag' order by p.id limit 1""")
                .query(String.class).single();
        String page = html("/p/" + slug);
        Set<String> gallery = all(LARGE_IMAGE, page);
        assertThat(gallery).as("a gallery of two views").hasSize(2);
        for (String key : gallery) {
            assertThat(size(jpeg("/media/" + key + "/large"))).isEqualTo("960x1200");
        }
    }

    @Test
    void picturesAnnouncedAfterTheProductsGoToDemoProductsWithoutImagesOnly() {
        String subject = testSubject();
        long navy = product();
        long mauve = product();
        long pictured = product(List.of(randomKey()));
        long byAnAdmin = product();
        demoImages.markAsDemo(List.of(new DemoProduct(navy, subject, "navy"), new DemoProduct(mauve, subject, "mauve"),
                new DemoProduct(pictured, subject, "navy")));
        String slug = slugOf(navy);
        assertThat(mvc.get().uri("/p/{slug}", slug)).hasStatusOk().bodyText().contains("/assets/img/product-placeholder");
        List<Picture> pictures = List.of(new Picture(subject, "navy", 1, randomKey()), new Picture(subject, "navy", 2, randomKey()),
                new Picture(subject, "rust", 1, randomKey()), new Picture(subject, "rust", 2, randomKey()));

        int added = demoImages.remember(pictures);

        assertThat(added).isGreaterThanOrEqualTo(4);
        assertThat(images(navy)).as("both views, the closer one first for even ids")
                .containsExactlyElementsOf(navy % 2 == 0 ? keys(pictures.get(1), pictures.get(0)) : keys(pictures.get(0), pictures.get(1)));
        // mauve was never drawn: another colour of the same kind, chosen by the product's id among navy and rust
        List<Picture> fallback = mauve % 2 == 0 ? pictures.subList(0, 2) : pictures.subList(2, 4);
        assertThat(images(mauve)).containsExactlyInAnyOrderElementsOf(keys(fallback.get(0), fallback.get(1)));
        assertThat(images(pictured)).as("a demo product that has images keeps them").hasSize(1);
        assertThat(images(byAnAdmin)).as("products made by admins are never touched").isEmpty();
        assertThat(mvc.get().uri("/p/{slug}", slug)).hasStatusOk().bodyText()
                .as("the cached product page was cleared").contains("/media/" + pictures.get(0).key() + "/large");

        assertThat(demoImages.remember(pictures)).as("announced again").isZero();
        assertThat(images(navy)).hasSize(2);
    }

    @Test
    void productsGeneratedAfterThePicturesArrivedGetThemRightAway() {
        String subject = testSubject();
        List<Picture> pictures = List.of(new Picture(subject, "olive", 1, randomKey()), new Picture(subject, "olive", 2, randomKey()));
        demoImages.remember(pictures);

        // what the demo generator does for each product, then once at the end, in its transaction
        long id = transaction.execute(tx -> {
            long created = product();
            demoImages.markAsDemo(List.of(new DemoProduct(created, subject, "olive")));
            demoImages.assignMissing();
            return created;
        });

        assertThat(images(id)).containsExactlyInAnyOrderElementsOf(keys(pictures.get(0), pictures.get(1)));
    }

    @Test
    void aDemoProductAnAdminEditsIsTheirsAndGetsNoDemoPictures() {
        String subject = testSubject();
        long id = product();
        demoImages.markAsDemo(List.of(new DemoProduct(id, subject, "sand")));

        assortment.revise(id, newProduct(slugOf(id), List.of()));
        demoImages.remember(List.of(new Picture(subject, "sand", 1, randomKey())));

        assertThat(images(id)).isEmpty();
        assertThat(count("select count(*) from catalog.demo_product where product_id = " + id)).isZero();
    }

    private String html(String url) {
        return http.get().uri(url).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private byte[] jpeg(String url) {
        return http.get().uri(url).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_JPEG)
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static String size(byte[] image) {
        try {
            var decoded = ImageIO.read(new ByteArrayInputStream(image));
            return decoded.getWidth() + "x" + decoded.getHeight();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> all(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private List<String> images(long productId) {
        return jdbc.sql("select image_key from catalog.product_image where product_id = ? order by position")
                .param(productId).query(String.class).list();
    }

    private static List<String> keys(Picture... pictures) {
        return java.util.Arrays.stream(pictures).map(Picture::key).toList();
    }

    private long product() {
        return product(List.of());
    }

    /** A published product, as an admin would make it. */
    private long product(List<String> imageKeys) {
        String slug = "demo-images-" + UUID.randomUUID().toString().substring(0, 8);
        long id = assortment.addProduct(newProduct(slug, imageKeys));
        assortment.publish(id);
        published.add(id);
        return id;
    }

    private NewProduct newProduct(String slug, List<String> imageKeys) {
        long category = jdbc.sql("select id from catalog.category where slug = 'jackets'").query(Long.class).single();
        return new NewProduct(slug, "Pictured Jacket", "Kestrel", "A jacket for pictures.", Map.of("colour", "navy"),
                category, List.of(new NewVariant("SKU-" + slug, Map.of(), new BigDecimal("50.00"), null)), imageKeys,
                null, null);
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from catalog.product where id = ?").param(id).query(String.class).single();
    }

    /** A kind of its own per test, so that tests never hand their made-up pictures to real demo products. */
    private static String testSubject() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

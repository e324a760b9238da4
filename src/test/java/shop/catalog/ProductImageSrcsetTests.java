package shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import shop.catalog.NewProduct.NewVariant;
import shop.media.MediaLibrary;
import testsupport.ShopIntegrationTest;

/**
 * A product page's gallery declares in {@code srcset} only the widths its image's variants really have, as
 * the media module announced them: a 600 px original has a 480 px card and a 600 px large variant, never a
 * 1200 px one, and a 300 px original has one width only.
 */
@ShopIntegrationTest
class ProductImageSrcsetTests {

    private static final Pattern SRCSET = Pattern.compile("class=\"gallery__main\"[^>]*?srcset=\"([^\"]*)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assortment assortment;

    @Autowired
    MediaLibrary media;

    private final List<Long> published = new ArrayList<>();

    @AfterEach
    void retireTheTestsProducts() {
        published.forEach(assortment::retire);
    }

    @Test
    void aSmallOriginalsPageDeclaresOnlyTheWidthsItsVariantsHave() {
        String small = storedJpeg(600, 750);
        String tiny = storedJpeg(300, 375);
        String large = storedJpeg(1600, 2000);

        assertThat(srcsetOfPageShowing(small)).isEqualTo("/media/" + small + "/card 480w, /media/" + small + "/large 600w");
        assertThat(srcsetOfPageShowing(tiny)).isEqualTo("/media/" + tiny + "/large 300w");
        assertThat(srcsetOfPageShowing(large)).isEqualTo("/media/" + large + "/card 480w, /media/" + large + "/large 1200w");
    }

    @Test
    void anImageWhoseWidthsAreNotKnownDeclaresNoSrcsetButStillShowsItsLargeVariant() {
        String unknown = "ab".repeat(32);

        String html = pageShowing(unknown);

        assertThat(html).contains("src=\"/media/" + unknown + "/large\"");
        assertThat(SRCSET.matcher(html).find()).isFalse();
    }

    /** Stores a new JPEG through the media module and waits until catalog has heard of its widths. */
    private String storedJpeg(int width, int height) {
        String key = media.store(jpeg(width, height)).image().key().value();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from catalog.image_width where image_key = ?")
                .param(key).query(Long.class).single() == 1);
        return key;
    }

    private String srcsetOfPageShowing(String key) {
        Matcher matcher = SRCSET.matcher(pageShowing(key));
        assertThat(matcher.find()).as("a srcset on the gallery image").isTrue();
        return matcher.group(1);
    }

    private String pageShowing(String imageKey) {
        String slug = "srcset-" + UUID.randomUUID().toString().substring(0, 8);
        long category = jdbc.sql("select id from catalog.category where slug = 'jackets'").query(Long.class).single();
        long id = assortment.addProduct(new NewProduct(slug, "Measured Jacket", "Kestrel", "A jacket of known width.",
                Map.of(), category, List.of(new NewVariant("SKU-" + slug, Map.of(), new BigDecimal("50.00"), null)),
                List.of(imageKey), null, null));
        assortment.publish(id);
        published.add(id);
        var result = mvc.get().uri("/p/{slug}", slug).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(0x1000000)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}

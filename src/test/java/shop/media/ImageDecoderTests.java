package shop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import shop.media.ImageRejected.Reason;

/** What an upload must be before its pixels are decoded, and what decoding it refuses. */
class ImageDecoderTests {

    final ImageDecoder decoder = new ImageDecoder(new MediaSettings(Path.of("unused"), DataSize.ofKilobytes(512), 4_000_000));

    @Test
    void defaultsAreTenMegabytesAndFortyMegapixelsUnderDataMedia() {
        MediaSettings defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("shop.media", MediaSettings.class);

        assertThat(defaults.dir().normalize()).isEqualTo(Path.of("data", "media"));
        assertThat(defaults.maxUploadSize()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(defaults.maxPixels()).isEqualTo(40_000_000);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new MediaSettings(Path.of("x"), DataSize.ofBytes(0), 1))
                .hasMessageContaining("shop.media.max-upload-size");
        assertThatThrownBy(() -> new MediaSettings(Path.of("x"), DataSize.ofBytes(1), 0))
                .hasMessageContaining("shop.media.max-pixels");
    }

    @Test
    void decodesJpegPngAndWebpWithTheirSizes() {
        assertThat(decoder.decode(TestImages.jpeg(64, 48))).satisfies(image -> {
            assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(image.width()).isEqualTo(64);
            assertThat(image.height()).isEqualTo(48);
        });
        assertThat(decoder.decode(TestImages.png(30, 20)).format()).isEqualTo(ImageFormat.PNG);
        DecodedImage webp = decoder.decode(TestImages.webp());
        assertThat(webp.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(webp.width()).isEqualTo(300);
        assertThat(webp.height()).isEqualTo(200);
        assertThat(webp.pixels().getRGB(5, 5) >>> 24).as("alpha of the transparent corner").isZero();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRejected(new byte[0], Reason.EMPTY, "The file is empty.");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsLookedAt() {
        byte[] large = new byte[512 * 1024 + 1];

        assertRejected(large, Reason.TOO_LARGE, "The file is 512.1 KB; an image may be at most 512 KB.");
        assertThatThrownBy(() -> decoder.checkSize(11L * 1024 * 1024))
                .isInstanceOfSatisfying(ImageRejected.class, rejected -> assertThat(MediaMessages.english(rejected))
                        .isEqualTo("The file is 11 MB; an image may be at most 512 KB."));
    }

    @Test
    void otherFormatsAreRefusedWithWhatTheyAre() {
        assertRejected(TestImages.gif(), Reason.UNSUPPORTED_TYPE,
                "The file is a GIF image. The shop accepts JPEG, PNG and WebP images only.");
        assertRejected(TestImages.svg(), Reason.UNSUPPORTED_TYPE, "The file is an SVG image.");
        assertRejected(TestImages.html(), Reason.UNSUPPORTED_TYPE, "The file is an HTML document.");
    }

    @Test
    void anImageClaimingTooManyPixelsIsRefusedFromItsHeaderWithoutDecoding() {
        assertThat(Duration.ofMillis(timed(() -> assertRejected(TestImages.pngClaiming(100_000, 100_000),
                Reason.TOO_MANY_PIXELS, "The image is 100000 × 100000 pixels (10000 megapixels); at most 4 megapixels are accepted."))))
                .isLessThan(Duration.ofSeconds(2));
        assertRejected(TestImages.pngClaiming(2001, 2000), Reason.TOO_MANY_PIXELS, "(4.1 megapixels)");
    }

    @Test
    void damagedOrIncompleteImagesAreRefused() {
        assertRejected(TestImages.truncated(TestImages.jpeg(400, 300)), Reason.UNREADABLE,
                "The file starts like a JPEG image but cannot be read: it is damaged or incomplete.");
        assertRejected(TestImages.truncated(TestImages.png(400, 300)), Reason.UNREADABLE, "like a PNG image");
        assertRejected(TestImages.truncated(TestImages.webp()), Reason.UNREADABLE, "like a WebP image");
        assertRejected(TestImages.pngClaiming(10, 10), Reason.UNREADABLE, "damaged or incomplete");
        assertRejected(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3}, Reason.UNREADABLE, "like a JPEG");
        assertRejected("RIFF\0\0\0\0WEBPVP8 garbage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                Reason.UNREADABLE, "like a WebP");
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedTheWayItsExifSays() {
        DecodedImage image = decoder.decode(TestImages.jpegWithOrientation(200, 100, 6));

        assertThat(image.width()).isEqualTo(100);
        assertThat(image.height()).isEqualTo(200);
    }

    private void assertRejected(byte[] bytes, Reason reason, String detail) {
        assertThatThrownBy(() -> decoder.decode(bytes))
                .asInstanceOf(type(ImageRejected.class))
                .satisfies(rejected -> {
                    assertThat(rejected.reason()).isEqualTo(reason);
                    assertThat(MediaMessages.english(rejected)).contains(detail);
                });
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

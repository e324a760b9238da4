package shop.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The resized variants: JPEG, at most their width, never upscaled, transparency on white. */
class RenditionsTests {

    final ImageDecoder decoder = new ImageDecoder(new MediaSettings(Path.of("unused"), DataSize.ofMegabytes(10), 40_000_000));
    final Renditions renditions = new Renditions();

    @Test
    void aLargeImageGetsThreeSmallerJpegsInItsProportions() {
        Map<Variant, byte[]> variants = renditions.of(decoder.decode(TestImages.jpeg(2000, 1000)));

        assertThat(variants).containsOnlyKeys(Variant.THUMBNAIL, Variant.CARD, Variant.LARGE);
        assertSize(variants.get(Variant.LARGE), 1200, 600);
        assertSize(variants.get(Variant.CARD), 480, 240);
        assertSize(variants.get(Variant.THUMBNAIL), 160, 80);
        assertThat(variants.values()).allSatisfy(jpeg -> assertThat(ImageFormat.sniff(jpeg)).contains(ImageFormat.JPEG));
    }

    @Test
    void aSmallImageIsNeverUpscaled() {
        Map<Variant, byte[]> variants = renditions.of(decoder.decode(TestImages.webp()));

        assertSize(variants.get(Variant.LARGE), 300, 200);
        assertSize(variants.get(Variant.CARD), 300, 200);
        assertSize(variants.get(Variant.THUMBNAIL), 160, 107);
    }

    @Test
    void transparentPixelsBecomeWhite() {
        BufferedImage large = TestImages.read(renditions.of(decoder.decode(TestImages.webp())).get(Variant.LARGE));

        int corner = large.getRGB(5, 5) & 0xFFFFFF;
        assertThat(corner >> 16).isGreaterThan(245);
        assertThat((corner >> 8) & 0xFF).isGreaterThan(245);
        assertThat(corner & 0xFF).isGreaterThan(245);
    }

    @Test
    void variantSizesKeepProportionsAndAtLeastOnePixel() {
        assertThat(Variant.CARD.widthFor(4000)).isEqualTo(480);
        assertThat(Variant.CARD.heightFor(4000, 5000)).isEqualTo(600);
        assertThat(Variant.THUMBNAIL.heightFor(10_000, 3)).isEqualTo(1);
        assertThat(Variant.ORIGINAL.widthFor(4000)).isEqualTo(4000);
        assertThat(Variant.named("card")).contains(Variant.CARD);
        assertThat(Variant.named("CARD")).isEmpty();
        assertThat(Variant.named("../card")).isEmpty();
    }

    private static void assertSize(byte[] jpeg, int width, int height) {
        BufferedImage image = TestImages.read(jpeg);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}

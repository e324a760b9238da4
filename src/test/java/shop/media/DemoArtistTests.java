package shop.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import shop.media.DemoPalette.Paint;
import shop.media.DemoPalette.Picture;
import shop.media.DemoPalette.Subject;

/**
 * The demo pictures: the same picture always gives the same bytes (so the same key), decodes as an ordinary
 * upload would, is 960 × 1200 (the storefront's 4:5), and shows its subject in its own colour.
 */
class DemoArtistTests {

    final DemoArtist artist = new DemoArtist();
    final ImageDecoder decoder = new ImageDecoder(new MediaSettings(Path.of("unused"), DataSize.ofMegabytes(10), 40_000_000));

    @Test
    void theSamePictureIsTheSameBytesEveryTime() {
        Picture picture = picture(Subject.SHIRT, "navy", 1);

        byte[] first = Renditions.jpeg(artist.draw(picture), Renditions.JPEG_QUALITY);
        byte[] second = Renditions.jpeg(new DemoArtist().draw(picture), Renditions.JPEG_QUALITY);

        assertThat(second).isEqualTo(first);
        assertThat(ImageKey.of(second)).isEqualTo(ImageKey.of(first));
    }

    @Test
    void aPictureDecodesAsAJpegUploadOfTheStorefrontsProportions() {
        byte[] jpeg = Renditions.jpeg(artist.draw(picture(Subject.BOOT, "rust", 2)), Renditions.JPEG_QUALITY);

        DecodedImage decoded = decoder.decode(jpeg);

        assertThat(decoded.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(decoded.width()).isEqualTo(960);
        assertThat(decoded.height()).isEqualTo(1200);
        assertThat(jpeg.length).as("bytes of one picture").isBetween(10_000, 400_000);
    }

    @Test
    void subjectsColoursAndViewsEachMakeADifferentPicture() {
        List<Picture> pictures = List.of(picture(Subject.TENT, "olive", 1), picture(Subject.TENT, "olive", 2),
                picture(Subject.TENT, "sand", 1), picture(Subject.LAMP, "olive", 1),
                picture(Subject.SLEEPING_BAG, "olive", 1));

        Set<ImageKey> keys = pictures.stream()
                .map(picture -> ImageKey.of(Renditions.jpeg(artist.draw(picture), Renditions.JPEG_QUALITY)))
                .collect(Collectors.toSet());

        assertThat(keys).hasSameSizeAs(pictures);
    }

    @Test
    void theProductIsPaintedInItsOwnColour() {
        for (String colour : List.of("navy", "rust", "cream", "forest-green")) {
            BufferedImage image = artist.draw(picture(Subject.SWEATER, colour, 1));
            // the sweater's chest, left of the cables
            Color seen = average(image, 340, 540, 40);

            Paint closest = DemoPalette.PAINTS.stream()
                    .min((a, b) -> Double.compare(distance(a.color(), seen), distance(b.color(), seen)))
                    .orElseThrow();
            assertThat(closest.name()).as("colour painted for %s", colour).isEqualTo(colour);
        }
    }

    @Test
    void thePaletteHasEveryKindInEveryColourFromTwoViews() {
        List<Picture> pictures = DemoPalette.pictures();

        assertThat(pictures).hasSize(Subject.values().length * DemoPalette.PAINTS.size() * DemoPalette.VIEWS);
        assertThat(pictures.stream().map(Picture::label).distinct()).hasSameSizeAs(pictures);
        Map<String, Long> perSubject = pictures.stream()
                .collect(Collectors.groupingBy(picture -> picture.subject().label(), Collectors.counting()));
        assertThat(perSubject).containsEntry("sleeping-bag", 20L).containsEntry("shirt", 20L);
        assertThat(pictures).extracting(Picture::label).contains("shirt/navy/1", "sleeping-bag/forest-green/2");
    }

    private static Picture picture(Subject subject, String colour, int view) {
        return new Picture(subject, DemoPalette.PAINTS.stream().filter(paint -> paint.name().equals(colour)).findFirst()
                .orElseThrow(), view);
    }

    private static Color average(BufferedImage image, int x, int y, int size) {
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int dx = 0; dx < size; dx++) {
            for (int dy = 0; dy < size; dy++) {
                int rgb = image.getRGB(x + dx, y + dy);
                red += (rgb >> 16) & 0xFF;
                green += (rgb >> 8) & 0xFF;
                blue += rgb & 0xFF;
            }
        }
        int n = size * size;
        return new Color((int) (red / n), (int) (green / n), (int) (blue / n));
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}

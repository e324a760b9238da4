package shop.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format of a file is what its first bytes say, nothing else. */
class ImageFormatTests {

    @Test
    void recognisesJpegPngAndWebpByTheirSignatures() {
        assertThat(ImageFormat.sniff(TestImages.jpeg(8, 8))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(TestImages.png(8, 8))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(TestImages.webp())).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
    }

    @Test
    void aRiffFileThatIsNoWebpIsNotAccepted() {
        byte[] wave = "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ImageFormat.sniff(wave)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 7})
    void shortFilesAreNothingAndDoNotBreakTheSniffer(int length) {
        assertThat(ImageFormat.sniff(java.util.Arrays.copyOf(TestImages.png(4, 4), length))).isEmpty();
        assertThat(MediaMessages.english("media.file-kind." + ImageFormat.kindOf(new byte[length]))).isNotBlank();
    }

    @Test
    void describesWhatOtherFilesLookLike() {
        assertThat(described(TestImages.gif())).isEqualTo("a GIF image");
        assertThat(described(TestImages.svg())).isEqualTo("an SVG image");
        assertThat(described(TestImages.html())).isEqualTo("an HTML document");
        assertThat(described(ascii("\uFEFF  <?xml version=\"1.0\"?><feed/>"))).isEqualTo("an XML document");
        assertThat(described(ascii("%PDF-1.7\n"))).isEqualTo("a PDF document");
        assertThat(described(ascii("BM\u0036\0\0\0"))).isEqualTo("a BMP image");
        assertThat(described(ascii("\0\0\0\u0018ftypheic"))).isEqualTo("a HEIC image");
        assertThat(described(ascii("\0\0\0\u001cftypavif"))).isEqualTo("an AVIF image");
        assertThat(described(ascii("just some notes\n"))).isEqualTo("a text file");
        assertThat(described(new byte[] {0, 1, 2, 3, (byte) 0xFE})).isEqualTo("a file of an unknown type");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What the upload's refusal says the file looks like. */
    private static String described(byte[] bytes) {
        return MediaMessages.english("media.file-kind." + ImageFormat.kindOf(bytes));
    }
}

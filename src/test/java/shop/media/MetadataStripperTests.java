package shop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * What the shop keeps of an upload's metadata: nothing a camera or an editor wrote about it (GPS, comments,
 * text, XMP), in every accepted format, and everything the pixels need (JPEG orientation, PNG transparency).
 */
class MetadataStripperTests {

    final ImageDecoder decoder = new ImageDecoder(new MediaSettings(Path.of("unused"), DataSize.ofMegabytes(10), 40_000_000));

    @Test
    void aJpegLosesItsGpsAndCommentButKeepsItsOrientationAndPixels() {
        byte[] photo = TestImages.jpegWithGps(200, 100);
        assertThat(TestImages.exifOf(photo)).singleElement().satisfies(exif -> assertThat(TestImages.hasTag(exif, 0x8825)).isTrue());

        byte[] stripped = MetadataStripper.strip(photo, ImageFormat.JPEG, decoder.decode(photo).orientation());

        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.PRIVATE_NOTE);
        assertThat(TestImages.exifOf(stripped)).singleElement().satisfies(exif -> {
            assertThat(TestImages.hasTag(exif, 0x8825)).as("GPS IFD pointer").isFalse();
            assertThat(TestImages.hasTag(exif, 0x0112)).as("orientation").isTrue();
        });
        DecodedImage upright = decoder.decode(stripped);
        assertThat(upright.orientation()).isEqualTo(6);
        assertThat(upright.width()).isEqualTo(100);
        assertThat(upright.height()).isEqualTo(200);
        assertThat(pixelsOf(stripped)).isEqualTo(pixelsOf(photo));
    }

    @Test
    void aJpegWithoutOrientationKeepsNoExifAtAll() {
        byte[] plain = TestImages.jpeg(64, 48);

        assertThat(MetadataStripper.strip(plain, ImageFormat.JPEG, 1)).isEqualTo(plain);
        byte[] onlyGps = MetadataStripper.strip(TestImages.jpegWithGps(64, 48), ImageFormat.JPEG, 1);
        assertThat(TestImages.exifOf(onlyGps)).isEmpty();
    }

    @Test
    void aPngLosesItsTextAndExifChunksButKeepsItsTransparency() {
        byte[] png = TestImages.png(40, 30);
        int afterHeader = 8 + 25; // signature, IHDR
        byte[] tagged = TestImages.concat(Arrays.copyOfRange(png, 0, afterHeader),
                pngChunk("tEXt", ("Comment\0" + TestImages.PRIVATE_NOTE).getBytes(StandardCharsets.ISO_8859_1)),
                pngChunk("eXIf", "MM\0*GPS".getBytes(StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(png, afterHeader, png.length));

        byte[] stripped = MetadataStripper.strip(tagged, ImageFormat.PNG, 1);

        assertThat(stripped).isEqualTo(png);
        assertThat(decoder.decode(stripped).pixels().getRGB(2, 2) >>> 24).as("alpha of the transparent corner").isZero();
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndTheirFlags() {
        byte[] webp = TestImages.webp();
        assertThat(new String(webp, 12, 4, StandardCharsets.ISO_8859_1)).isEqualTo("VP8X");
        byte[] vp8x = Arrays.copyOfRange(webp, 12, 30);
        vp8x[8] |= 0x08 | 0x04;
        byte[] body = TestImages.concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), vp8x, Arrays.copyOfRange(webp, 30, webp.length),
                webpChunk("EXIF", ("MM\0*" + TestImages.PRIVATE_NOTE).getBytes(StandardCharsets.ISO_8859_1)),
                webpChunk("XMP ", ("<x:xmpmeta>" + TestImages.PRIVATE_NOTE + "</x:xmpmeta>").getBytes(StandardCharsets.ISO_8859_1)));
        byte[] tagged = TestImages.concat("RIFF".getBytes(StandardCharsets.ISO_8859_1),
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(), body);

        byte[] stripped = MetadataStripper.strip(tagged, ImageFormat.WEBP, 1);

        assertThat(stripped).isEqualTo(webp);
        assertThat(decoder.decode(stripped).width()).isEqualTo(300);
    }

    @Test
    void aFileWhoseStructureCannotBeWalkedIsRefusedNotStoredUncleaned() {
        byte[] png = TestImages.png(10, 10);
        byte[] lying = Arrays.copyOf(png, png.length);
        lying[8 + 25 + 3] = 0x7F; // the IDAT chunk claims far more bytes than the file has

        assertThatThrownBy(() -> MetadataStripper.strip(lying, ImageFormat.PNG, 1))
                .isInstanceOfSatisfying(ImageRejected.class, rejected -> assertThat(rejected.reason()).isEqualTo(ImageRejected.Reason.UNREADABLE));
    }

    private static int[] pixelsOf(byte[] jpeg) {
        var image = TestImages.read(jpeg);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] webpChunk(String type, byte[] data) {
        int padded = data.length + (data.length & 1);
        return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data).array();
    }
}

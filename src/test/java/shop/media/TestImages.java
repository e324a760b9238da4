package shop.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Images made for tests: drawn with Java2D in random colours, so every call gives new bytes (a new key, also
 * against a test database that outlives the run), plus the committed
 * WebP sample and hand-made hostile files.
 */
final class TestImages {

    private TestImages() {
    }

    /** A JPEG photo-like gradient, new bytes on every call. */
    static byte[] jpeg(int width, int height) {
        return encode(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG whose top-left 10 × 10 pixels are transparent, new bytes on every call. */
    static byte[] png(int width, int height) {
        return encode(drawn(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** 300 × 200, lossy with an alpha channel (its top-left 40 × 40 pixels are transparent); made with cwebp. */
    static byte[] webp() {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/sample-300x200.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real JPEG that claims, in an EXIF APP1 segment, it must be turned by {@code orientation} (6: 90° clockwise). */
    static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8)      // big-endian TIFF header, first IFD at 8
                .putShort((short) 1)                           // one entry
                .putShort((short) 0x0112).putShort((short) 3)  // Orientation, SHORT
                .putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);                                    // no next IFD
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)}, exif);
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)); // SOI, then the JFIF APP0 segment
        return concat(Arrays.copyOfRange(jpeg, 0, afterApp0), segment, Arrays.copyOfRange(jpeg, afterApp0, jpeg.length));
    }

    /** What {@link #jpegWithGps} writes in its comment, and what no stored file may contain. */
    static final String PRIVATE_NOTE = "Taken at home, 12 Garden Lane";

    /**
     * A phone photo: a real JPEG with an EXIF APP1 segment holding an orientation ({@code 6}: turn 90°
     * clockwise) and a GPS position (51° 30' 26.17" N), and a comment with {@link #PRIVATE_NOTE}.
     */
    static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                // IFD0 at 8: orientation, and where the GPS IFD is
                .putShort((short) 2)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0)
                .putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38)
                .putInt(0)
                // GPS IFD at 38: latitude reference and latitude (three rationals at 68)
                .putShort((short) 2)
                .putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0})
                .putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68)
                .putInt(0)
                .putInt(51).putInt(1).putInt(30).putInt(1).putInt(2617).putInt(100);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        byte[] note = PRIVATE_NOTE.getBytes(StandardCharsets.ISO_8859_1);
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        return concat(Arrays.copyOfRange(jpeg, 0, afterApp0), segment(0xE1, exif), segment(0xFE, note),
                Arrays.copyOfRange(jpeg, afterApp0, jpeg.length));
    }

    /**
     * The EXIF blocks of a JPEG's metadata (the payloads of its APP1 segments that start with "Exif"), read
     * up to its first scan.
     */
    static List<byte[]> exifOf(byte[] jpeg) {
        var blocks = new ArrayList<byte[]>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            if (marker == 0xDA) {
                break;
            }
            byte[] payload = Arrays.copyOfRange(jpeg, pos + 4, pos + 2 + length);
            if (marker == 0xE1 && new String(payload, 0, Math.min(4, payload.length), StandardCharsets.ISO_8859_1).equals("Exif")) {
                blocks.add(payload);
            }
            pos += 2 + length;
        }
        return blocks;
    }

    /**
     * Whether the two bytes of {@code tag} (big-endian, as {@link #jpegWithGps} writes) appear anywhere in an
     * EXIF block after its header: as a tag, or by chance in a value (a false alarm at worst, never a miss).
     */
    static boolean hasTag(byte[] exif, int tag) {
        for (int i = 6; i + 1 < exif.length; i++) {
            if ((exif[i] & 0xFF) == (tag >> 8) && (exif[i + 1] & 0xFF) == (tag & 0xFF)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] segment(int marker, byte[] payload) {
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)}, payload);
    }

    /**
     * A well-formed PNG header claiming {@code width} × {@code height} pixels, followed by a few bytes of
     * image data: decoding it would need gigabytes, reading its header needs none.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                chunk("IHDR", header.array()), chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00}), chunk("IEND", new byte[0]));
    }

    static byte[] truncated(byte[] image) {
        return Arrays.copyOf(image, image.length / 2);
    }

    static byte[] gif() {
        return encode(drawn(20, 20, BufferedImage.TYPE_INT_RGB), "gif");
    }

    static byte[] svg() {
        return """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage drawn(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        var random = ThreadLocalRandom.current();
        graphics.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0x1000000)), width, height, new Color(194, 65, 12)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(random.nextInt(0x1000000)));
        graphics.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        graphics.dispose();
        if (type == BufferedImage.TYPE_INT_ARGB) {
            for (int y = 0; y < Math.min(10, height); y++) {
                for (int x = 0; x < Math.min(10, width); x++) {
                    image.setRGB(x, y, 0x00000000);
                }
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

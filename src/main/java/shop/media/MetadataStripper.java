package shop.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Takes out of an accepted upload what a camera or an editor wrote about it (EXIF with the GPS position,
 * the camera's serial number and the time, XMP, IPTC, comments, embedded thumbnails and extra pictures), so
 * that the original the shop stores and serves tells no more than its pixels. Lossless: the image data is
 * copied byte for byte, only metadata segments (JPEG), chunks (PNG) or chunks (WebP) are left out. What the
 * pixels need to look right stays: the colour profile, transparency, gamma, and for a JPEG that must be
 * turned, an EXIF block holding the orientation alone.
 * <p>
 * A file whose structure it cannot walk is refused as unreadable: the shop never stores what it could not
 * clean.
 */
final class MetadataStripper {

    /** PNG chunks that change how pixels look, besides the critical ones; every other one is dropped. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");
    /** WebP chunks that are metadata: EXIF and XMP (the four-character id has a trailing space). */
    private static final Set<String> WEBP_DROPPED = Set.of("EXIF", "XMP ");
    private static final int VP8X_EXIF_AND_XMP_FLAGS = 0x08 | 0x04;

    private MetadataStripper() {
    }

    /**
     * {@code bytes} without metadata. {@code orientation} is the EXIF orientation (1 to 8) the decoder read
     * from a JPEG: anything but 1 is written back, alone, so that the original still shows the right way up.
     */
    static byte[] strip(byte[] bytes, ImageFormat format, int orientation) {
        try {
            return switch (format) {
                case JPEG -> jpeg(bytes, orientation);
                case PNG -> png(bytes);
                case WEBP -> webp(bytes);
            };
        } catch (IndexOutOfBoundsException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw ImageDecoder.unreadable(format);
        }
    }

    private static byte[] jpeg(byte[] in, int orientation) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int pos = 2;
        boolean orientationWritten = orientation == 1;
        while (true) {
            if ((in[pos] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("No JPEG marker at " + pos);
            }
            while ((in[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes
            }
            int marker = in[pos++] & 0xFF;
            if (marker == 0xD9) {
                // End of image: whatever follows (a second picture, trailing data) is not kept
                out.write(0xFF);
                out.write(0xD9);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            if (length < 2) {
                throw new IllegalArgumentException("Bad segment length at " + pos);
            }
            int end = pos + length;
            if (end > in.length) {
                throw new IndexOutOfBoundsException("Segment runs past the end");
            }
            boolean keep = keepJpegSegment(marker, in, pos + 2, end);
            if (!orientationWritten && !(marker == 0xE0 && keep)) {
                // after SOI and JFIF, before anything else: where cameras put EXIF
                out.writeBytes(orientationOnlyExif(orientation));
                orientationWritten = true;
            }
            if (keep) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, pos, length);
            }
            pos = end;
            if (marker == 0xDA) {
                // Start of scan: entropy-coded data up to the next marker that is neither stuffing nor a restart
                int scan = pos;
                while (!((in[pos] & 0xFF) == 0xFF && (in[pos + 1] & 0xFF) != 0x00
                        && !((in[pos + 1] & 0xFF) >= 0xD0 && (in[pos + 1] & 0xFF) <= 0xD7))) {
                    pos++;
                }
                out.write(in, scan, pos - scan);
            }
        }
    }

    /**
     * Keeps every segment that describes the image data, and of the application segments only JFIF, the
     * ICC colour profile and Adobe's colour transform; drops EXIF/XMP (APP1), IPTC (APP13), comments and the
     * rest.
     */
    private static boolean keepJpegSegment(int marker, byte[] in, int from, int to) {
        if (marker == 0xFE) {
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true;
        }
        return switch (marker) {
            case 0xE0 -> startsWith(in, from, to, "JFIF\0");
            case 0xE2 -> startsWith(in, from, to, "ICC_PROFILE\0");
            case 0xEE -> startsWith(in, from, to, "Adobe");
            default -> false;
        };
    }

    /** An APP1 segment with a big-endian TIFF header and one IFD holding one entry: the orientation. */
    private static byte[] orientationOnlyExif(int orientation) {
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + 26).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + 26));
        segment.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        segment.put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        return segment.array();
    }

    private static byte[] png(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int pos = 8;
        while (true) {
            int length = ByteBuffer.wrap(in, pos, 4).getInt();
            if (length < 0 || pos + 12L + length > in.length) {
                throw new IllegalArgumentException("PNG chunk runs past the end");
            }
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (PNG_KEPT.contains(type)) {
                out.write(in, pos, 12 + length);
            }
            pos += 12 + length;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }

    private static byte[] webp(byte[] in) {
        var body = new ByteArrayOutputStream(in.length);
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        long riffEnd = Math.min(in.length, 8L + ByteBuffer.wrap(in, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        int pos = 12;
        while (pos + 8 <= riffEnd) {
            String type = new String(in, pos, 4, StandardCharsets.ISO_8859_1);
            int size = ByteBuffer.wrap(in, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int padded = size + (size & 1);
            if (size < 0 || pos + 8L + padded > in.length) {
                throw new IllegalArgumentException("WebP chunk runs past the end");
            }
            if (!WEBP_DROPPED.contains(type)) {
                byte[] chunk = Arrays.copyOfRange(in, pos, pos + 8 + padded);
                if (type.equals("VP8X")) {
                    chunk[8] &= (byte) ~VP8X_EXIF_AND_XMP_FLAGS;
                }
                body.writeBytes(chunk);
            }
            pos += 8 + padded;
        }
        byte[] content = body.toByteArray();
        return ByteBuffer.allocate(8 + content.length).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(content.length).put(content).array();
    }

    private static boolean startsWith(byte[] bytes, int from, int to, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return to - from >= expected.length && Arrays.equals(bytes, from, from + expected.length, expected, 0, expected.length);
    }
}

package shop.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats the shop accepts, recognised by their first bytes ("magic numbers") only: neither the
 * file's name nor the Content-Type the client claims is ever trusted.
 */
public enum ImageFormat {

    JPEG("image/jpeg", "JPEG"),
    PNG("image/png", "PNG"),
    WEBP("image/webp", "WebP");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_MAGIC = ascii("WEBP");

    private final String mediaType;
    private final String displayName;

    ImageFormat(String mediaType, String displayName) {
        this.mediaType = mediaType;
        this.displayName = displayName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String displayName() {
        return displayName;
    }

    /** The accepted format {@code bytes} are in, judged by their signature. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
    }

    /**
     * What a file in none of the accepted formats looks like, to tell the person who uploaded it: a best
     * guess from the first bytes, as the key of its words ({@code media.file-kind.<kind>} in the media
     * module's messages: "a GIF image", "an HTML document").
     */
    static String kindOf(byte[] bytes) {
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return "gif";
        }
        if (startsWith(bytes, 0, ascii("BM"))) {
            return "bmp";
        }
        if (startsWith(bytes, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(bytes, 0, new byte[] {'M', 'M', 0, 42})) {
            return "tiff";
        }
        if (startsWith(bytes, 4, ascii("ftyp"))) {
            String brand = new String(bytes, 8, Math.min(4, Math.max(0, bytes.length - 8)), StandardCharsets.US_ASCII);
            return brand.startsWith("avi") ? "avif" : brand.startsWith("he") || brand.startsWith("mif") ? "heic" : "iso-media";
        }
        if (startsWith(bytes, 0, ascii("%PDF-"))) {
            return "pdf";
        }
        if (startsWith(bytes, 0, ascii("PK\u0003\u0004"))) {
            return "zip";
        }
        String text = leadingText(bytes);
        if (text.startsWith("<")) {
            if (text.contains("<svg")) {
                return "svg";
            }
            return text.contains("<html") || text.contains("<!doctype html") ? "html" : "xml";
        }
        return looksLikeText(bytes) ? "text" : "unknown";
    }

    private static String leadingText(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8);
        return text.replaceFirst("^\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeText(byte[] bytes) {
        int length = Math.min(bytes.length, 1024);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F) {
                return false;
            }
        }
        return length > 0;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}

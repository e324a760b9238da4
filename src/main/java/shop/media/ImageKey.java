package shop.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of an image: the SHA-256 of its original bytes in lower-case hex. The same bytes always get the
 * same key, so storing them twice is storing them once, and what is under a key never changes.
 */
public record ImageKey(String value) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ImageKey {
        if (value == null || !SHA_256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("An image key is 64 lower-case hex digits");
        }
    }

    public static ImageKey of(byte[] original) {
        try {
            return new ImageKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The key written in {@code text}, if it is one; anything else (a path, markup, upper case) is not. */
    public static Optional<ImageKey> parse(String text) {
        return text != null && SHA_256_HEX.matcher(text).matches() ? Optional.of(new ImageKey(text)) : Optional.empty();
    }

    /** Where {@code variant} of this image is kept in the {@link ObjectStore}. */
    String objectKey(Variant variant) {
        return value + "/" + variant.pathName();
    }

    @Override
    public String toString() {
        return value;
    }
}

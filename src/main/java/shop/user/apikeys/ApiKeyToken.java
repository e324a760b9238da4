package shop.user.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as its holder sees it: {@code shop_<lookup>_<secret>}. The lookup (12 hex digits) finds the key's
 * row and is shown in lists; the secret (32 random bytes, base64url) is known only to the holder. The shop keeps
 * the SHA-256 of the whole key: a random 256-bit secret needs no slow password hash.
 */
record ApiKeyToken(String lookup, String value) {

    static final String PREFIX = "shop_";
    static final int LENGTH = PREFIX.length() + 12 + 1 + 43;
    private static final Pattern FORMAT = Pattern.compile("shop_([0-9a-f]{12})_[A-Za-z0-9_-]{43}");

    static ApiKeyToken generate(SecureRandom random) {
        byte[] lookup = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(lookup);
        random.nextBytes(secret);
        String id = HexFormat.of().formatHex(lookup);
        return new ApiKeyToken(id, PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key in {@code presented}, if it has the form of one; nothing is looked up. */
    static Optional<ApiKeyToken> parse(String presented) {
        if (presented == null || presented.length() != LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(presented);
        return matcher.matches() ? Optional.of(new ApiKeyToken(matcher.group(1), presented)) : Optional.empty();
    }

    byte[] hash() {
        return sha256(value);
    }

    /** What lists show of a key: enough to recognise it, nothing to use it. */
    static String displayed(String lookup) {
        return PREFIX + lookup + "_…";
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return displayed(lookup);
    }
}

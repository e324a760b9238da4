package shop.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The URL names of products and categories: lower-case letters and digits in words joined by single dashes. */
public final class Slugs {

    public static final String REGEX = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile(REGEX);

    private Slugs() {
    }

    /** A slug made of {@code text}'s letters and digits ("Café Crème 2" → "cafe-creme-2"); empty if it has none. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[a-z0-9]*$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}

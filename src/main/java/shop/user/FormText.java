package shop.user;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How account forms tidy what was typed before checking it: composed Unicode, single spaces, no edges. */
public final class FormText {

    private static final Pattern SPACES = Pattern.compile("\\p{Zs}+");

    private FormText() {
    }

    public static String tidy(String value) {
        if (value == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}

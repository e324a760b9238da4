package shop.catalog.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Attributes written as text, in the variant rows of the product form and in CSV files:
 * {@code size=M; colour=navy}. Names are lower-case letters, digits and dashes; a value may contain
 * {@code ;} or {@code \} when written as {@code \;} or {@code \\}.
 */
final class AttributeText {

    static final String KEY_REGEX = "^[a-z0-9][a-z0-9-]{0,39}$";
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern KEY = Pattern.compile(KEY_REGEX);

    private AttributeText() {
    }

    /** The attributes {@code text} names, in its order; a problem names the message key explaining it. */
    static Map<String, String> parse(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return attributes;
        }
        StringBuilder pair = new StringBuilder();
        int equals = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == '\\' && i + 1 < text.length()) {
                pair.append(text.charAt(++i));
            } else if (c == ';') {
                add(attributes, pair, equals);
                pair.setLength(0);
                equals = -1;
            } else {
                if (c == '=' && equals < 0) {
                    equals = pair.length();
                }
                pair.append(c);
            }
        }
        return attributes;
    }

    private static void add(Map<String, String> attributes, StringBuilder pair, int equals) {
        if (pair.toString().isBlank()) {
            return;
        }
        if (equals < 0) {
            throw new Unreadable("{catalog.attributes.format}");
        }
        String key = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (!KEY.matcher(key).matches()) {
            throw new Unreadable("{catalog.attribute.key.pattern}");
        }
        if (value.isEmpty()) {
            throw new Unreadable("{catalog.attribute.value.required}");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new Unreadable("{catalog.attribute.value.size}");
        }
        if (attributes.putIfAbsent(key, value) != null) {
            throw new Unreadable("{catalog.attribute.key.duplicate}");
        }
    }

    static String format(Map<String, String> attributes) {
        StringBuilder text = new StringBuilder();
        attributes.forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(key).append('=').append(value.replace("\\", "\\\\").replace(";", "\\;"));
        });
        return text.toString();
    }

    /** Text that is not a list of attributes; {@code template} is the message (a bundle key in braces). */
    static final class Unreadable extends IllegalArgumentException {

        Unreadable(String template) {
            super(template);
        }

        String template() {
            return getMessage();
        }
    }
}

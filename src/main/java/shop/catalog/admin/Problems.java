package shop.catalog.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, per field (as named in the form: {@code name},
 * {@code variants[2].price}), in the words shown next to the field and in the summary above the form.
 */
final class Problems {

    /** Problems that concern the form as a whole, not one field. */
    static final String FORM = "";

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    void add(String field, String message) {
        List<String> messages = byField.computeIfAbsent(field == null ? FORM : field, f -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The message of {@code field}'s first problem, or null. */
    public String first(String field) {
        List<String> messages = of(field);
        return messages.isEmpty() ? null : messages.getFirst();
    }

    /** Every problem in form order, for the summary at the top. */
    public List<Problem> all() {
        List<Problem> all = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(message -> all.add(new Problem(field, message))));
        return all;
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    Map<String, List<String>> byField() {
        return byField;
    }

    /** The id of the input that edits {@code field}, for templates. */
    public String idOf(String field) {
        return id(field);
    }

    /** The id of the input that edits {@code field}: {@code variants[2].price} → {@code variants-2-price}. */
    public static String id(String field) {
        return field.replaceAll("[\\[\\]().]+", "-").replaceAll("-$", "");
    }

    public record Problem(String field, String message) {

        public String inputId() {
            return Problems.id(field);
        }
    }
}

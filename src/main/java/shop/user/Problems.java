package shop.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted account form, per field (as named in the form), in the words shown next to
 * the field and in the summary above the form.
 */
public final class Problems {

    /** Problems that concern the form as a whole, not one field. */
    public static final String FORM = "";

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    /** Problems in the order of {@code fields}, the order the form shows them in. */
    public static Problems inOrder(List<String> fields) {
        Problems problems = new Problems();
        fields.forEach(field -> problems.byField.put(field, new ArrayList<>()));
        return problems;
    }

    public void add(String field, String message) {
        List<String> messages = byField.computeIfAbsent(field == null ? FORM : field, f -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public boolean has(String field) {
        return !of(field).isEmpty();
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
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

    /** One problem; {@code field} is also the id of the input that edits it (empty for the whole form). */
    public record Problem(String field, String message) {
    }
}

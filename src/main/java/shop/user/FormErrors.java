package shop.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a submitted form: one message per field (the first that matters), in the form's
 * order, for the summary above the form and the message under each field. Field names are the inputs' ids.
 */
public final class FormErrors {

    private final List<String> order;
    private final Map<String, String> byField = new LinkedHashMap<>();

    private FormErrors(List<String> order) {
        this.order = order;
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    /** No errors yet, for a form with these fields. */
    public static FormErrors in(List<String> order) {
        return new FormErrors(order);
    }

    /** The Bean Validation errors of {@code binding}, the most basic one when a field has several. */
    public static FormErrors of(BindingResult binding, List<String> order) {
        var errors = new FormErrors(order);
        binding.getFieldErrors().stream()
                .sorted(java.util.Comparator.comparingInt(FormErrors::priority))
                .forEach(error -> errors.add(error.getField(), error.getDefaultMessage()));
        return errors;
    }

    /** "Required" before "too long" before the rest, whatever order the validator found them in. */
    private static int priority(FieldError error) {
        return switch (String.valueOf(error.getCode())) {
            case "NotBlank", "NotNull" -> 0;
            case "Size" -> 1;
            default -> 2;
        };
    }

    /** Adds a message for {@code field} unless it has one already. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    public int count() {
        return byField.size();
    }

    /** Every problem, in the order of the form's fields. */
    public List<Problem> all() {
        List<Problem> all = new ArrayList<>();
        order.stream().filter(byField::containsKey).forEach(field -> all.add(new Problem(field, byField.get(field))));
        byField.forEach((field, message) -> {
            if (!order.contains(field)) {
                all.add(new Problem(field, message));
            }
        });
        return all;
    }

    public record Problem(String field, String message) {
    }
}

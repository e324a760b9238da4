package shop.user;

import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** Runs Bean Validation on an account form and lists its problems in the order the form shows its fields. */
@Component
public class FormChecks {

    private final Validator validator;

    FormChecks(Validator validator) {
        this.validator = validator;
    }

    public Problems check(Object form, List<String> fields) {
        Problems problems = Problems.inOrder(fields);
        validator.validate(form).forEach(v -> problems.add(v.getPropertyPath().toString(), v.getMessage()));
        return problems;
    }
}

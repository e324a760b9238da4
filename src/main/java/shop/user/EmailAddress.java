package shop.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An email address the shop can send to and compare safely: ASCII only (so no look-alike letters from
 * other alphabets, no invisible characters), a local part of at most 64 characters without leading,
 * trailing or doubled dots, and a domain with a top-level domain. Spaces around it are ignored. Empty
 * values pass: pair it with {@code @NotBlank}; so do values longer than {@link #MAX_LENGTH}: pair it with
 * {@code @Size(max = MAX_LENGTH)}.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    int MAX_LENGTH = 254;

    String message() default "{user.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailAddress, String> {

        private static final Pattern ADDRESS = Pattern.compile(
                "(?=[^@]{1,64}@)[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*"
                        + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // too long is @Size's message: a field reports each problem once
            return value == null || value.isBlank() || value.strip().length() > MAX_LENGTH || valid(value);
        }

        static boolean valid(String value) {
            String address = value.strip();
            return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
        }
    }
}

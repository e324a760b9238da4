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
 * Text a person typed for a name or a postal address: letters (any script, with their accents), digits,
 * spaces and the punctuation in {@link #punctuation()}. Invisible characters (zero-width spaces, direction
 * overrides and marks, control characters, unassigned code points) get their own message, because the
 * person cannot see them and may have copied them along with the text. Empty passes ({@code @NotBlank}
 * decides whether a value is required).
 */
@Documented
@Constraint(validatedBy = HumanText.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface HumanText {

    /** The message when a visible character is not allowed. */
    String message();

    /** Allowed besides letters, combining marks, digits and spaces, as characters of a regex class. */
    String punctuation() default "'’.,\\-";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HumanText, String> {

        public static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}\\p{Zl}\\p{Zp}]");

        private Pattern allowed;

        @Override
        public void initialize(HumanText annotation) {
            allowed = Pattern.compile("^[\\p{L}\\p{M}\\p{Nd} " + annotation.punctuation() + "]*$");
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            if (INVISIBLE.matcher(value).find()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{user.text.invisible}").addConstraintViolation();
                return false;
            }
            return allowed.matcher(value).matches();
        }
    }
}

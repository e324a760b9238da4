package shop.catalog.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A price as typed: a number of at most ten digits before and two after the point, not negative. Blank
 * passes (whether a price is required is {@code @NotBlank}'s business); each way of being wrong has its
 * own message.
 */
@Documented
@Constraint(validatedBy = Price.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface Price {

    String message() default "{catalog.price.number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Price, String> {

        private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problemWith(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        /** The amount {@code text} stands for, once it passed the constraint; null when blank. */
        static BigDecimal parse(String text) {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        }

        /** The message template saying what is wrong with {@code value}, or null if nothing is. */
        static String problemWith(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String text = value.strip();
            if (!NUMBER.matcher(text).matches()) {
                return "{catalog.price.number}";
            }
            if (text.length() > 20) {
                return "{catalog.price.too-large}";
            }
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                return "{catalog.price.negative}";
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                return "{catalog.price.decimals}";
            }
            if (amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
                return "{catalog.price.too-large}";
            }
            return null;
        }
    }
}

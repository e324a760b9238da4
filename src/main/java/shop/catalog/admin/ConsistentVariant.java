package shop.catalog.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import shop.catalog.admin.ProductForm.VariantRow;

/** A variant row whose parts agree: a compare-at price not below the price, attributes written as {@code name=value}. */
@Documented
@Constraint(validatedBy = ConsistentVariant.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentVariant {

    String message() default "{catalog.variant.compare-at.below-price}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentVariant, VariantRow> {

        @Override
        public boolean isValid(VariantRow variant, ConstraintValidatorContext context) {
            if (variant == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (isAmount(variant.price()) && isAmount(variant.compareAtPrice())) {
                BigDecimal amount = Price.Validator.parse(variant.price());
                BigDecimal compareAt = Price.Validator.parse(variant.compareAtPrice());
                if (compareAt != null && amount != null && compareAt.compareTo(amount) < 0) {
                    context.buildConstraintViolationWithTemplate("{catalog.variant.compare-at.below-price}")
                            .addPropertyNode("compareAtPrice").addConstraintViolation();
                    valid = false;
                }
            }
            try {
                AttributeText.parse(variant.attributes());
            } catch (AttributeText.Unreadable e) {
                context.buildConstraintViolationWithTemplate(e.template()).addPropertyNode("attributes")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private boolean isAmount(String text) {
            return text != null && !text.isBlank() && Price.Validator.problemWith(text) == null;
        }
    }
}

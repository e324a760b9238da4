package shop.catalog.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A product form whose rows agree with each other: each attribute name and each SKU once, image keys
 * that look like the media module's keys, not too many of them.
 */
@Documented
@Constraint(validatedBy = ConsistentProduct.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentProduct {

    int MAX_IMAGES = 20;

    String message() default "{catalog.product.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentProduct, ProductForm> {

        private static final Pattern IMAGE_KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$");

        @Override
        public boolean isValid(ProductForm form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < form.attributes().size(); i++) {
                String key = form.attributes().get(i).key();
                if (!key.isEmpty() && !keys.add(key)) {
                    violation(context, "{catalog.attribute.key.duplicate}", "attributes", i, "key");
                    valid = false;
                }
            }
            Set<String> skus = new HashSet<>();
            for (int i = 0; i < form.variants().size(); i++) {
                String sku = form.variants().get(i).sku();
                if (!sku.isEmpty() && !skus.add(sku)) {
                    violation(context, "{catalog.variant.sku.duplicate}", "variants", i, "sku");
                    valid = false;
                }
            }
            List<String> images = form.imageKeyList();
            if (images.size() > MAX_IMAGES) {
                context.buildConstraintViolationWithTemplate("{catalog.images.too-many}").addPropertyNode("imageKeys")
                        .addConstraintViolation();
                valid = false;
            }
            if (images.stream().anyMatch(key -> !IMAGE_KEY.matcher(key).matches())) {
                context.buildConstraintViolationWithTemplate("{catalog.images.pattern}").addPropertyNode("imageKeys")
                        .addConstraintViolation();
                valid = false;
            }
            if (images.stream().distinct().count() < images.size()) {
                context.buildConstraintViolationWithTemplate("{catalog.images.duplicate}").addPropertyNode("imageKeys")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static void violation(ConstraintValidatorContext context, String template, String list, int index,
                String property) {
            context.buildConstraintViolationWithTemplate(template)
                    .addPropertyNode(list)
                    .addPropertyNode(property).inIterable().atIndex(index)
                    .addConstraintViolation();
        }
    }
}

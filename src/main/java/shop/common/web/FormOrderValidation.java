package shop.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation as Spring Boot sets it up (messages from {@code messages*.properties}), with one difference:
 * a form's problems are recorded in the order its record declares its fields, the order the form shows them,
 * and "required" before "too long" before the rest, so that the error summary reads top to bottom. Bean
 * Validation itself reports them in no particular order.
 */
@Configuration(proxyBeanMethods = false)
class FormOrderValidation {

    @Bean
    static LocalValidatorFactoryBean defaultValidator(ApplicationContext applicationContext) {
        var validator = new InFormOrder();
        validator.setMessageInterpolator(new MessageInterpolatorFactory(applicationContext).getObject());
        return validator;
    }

    private static final class InFormOrder extends LocalValidatorFactoryBean {

        @Override
        protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
            List<ConstraintViolation<Object>> ordered = new ArrayList<>(violations);
            ordered.sort(Comparator.<ConstraintViolation<Object>>comparingInt(InFormOrder::fieldPosition)
                    .thenComparing(violation -> violation.getPropertyPath().toString())
                    .thenComparingInt(InFormOrder::basicFirst));
            super.processConstraintViolations(new LinkedHashSet<>(ordered), errors);
        }

        /** Where the violation's top-level field stands among the form's record components (or fields). */
        private static int fieldPosition(ConstraintViolation<Object> violation) {
            Class<?> form = violation.getRootBeanClass();
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
                break;
            }
            if (field == null) {
                return -1;
            }
            var components = form.getRecordComponents();
            if (components != null) {
                for (int i = 0; i < components.length; i++) {
                    if (components[i].getName().equals(field)) {
                        return i;
                    }
                }
            }
            var fields = form.getDeclaredFields();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].getName().equals(field)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }

        private static int basicFirst(ConstraintViolation<Object> violation) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            return switch (constraint) {
                case "NotBlank", "NotNull", "NotEmpty" -> 0;
                case "Size" -> 1;
                default -> 2;
            };
        }
    }
}

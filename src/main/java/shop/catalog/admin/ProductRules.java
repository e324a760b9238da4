package shop.catalog.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Everything a product must satisfy before it is saved, for the form and for each product of an import,
 * written into a {@link BindingResult}: the form's own rules (Bean Validation on {@link ProductForm}) and
 * those that need the catalog (a free slug, SKUs no other product uses, a category that exists), rejected
 * with their message codes. Problems come in the form's order.
 */
@Component
class ProductRules {

    /** What the rules need to know about the catalog: read live for one form, preloaded for an import. */
    interface Catalog {

        Optional<Long> productWithSlug(String slug);

        Optional<Long> productWithSku(String sku);

        boolean hasCategory(long id);
    }

    private static final List<String> FIELD_ORDER = List.of("", "name", "slug", "brand", "categoryId", "description",
            "attributes", "key", "value", "variants", "sku", "price", "compareAtPrice", "imageKeys", "seoTitle",
            "seoDescription");
    private static final Pattern ROW = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?$");

    private final SpringValidatorAdapter validator;
    private final ProductLookup products;
    private final Categories categories;

    ProductRules(Validator validator, ProductLookup products, Categories categories) {
        this.validator = new SpringValidatorAdapter(validator);
        this.products = products;
        this.categories = categories;
    }

    /** The catalog as it is now, for checking one form. */
    Catalog live() {
        return new Catalog() {
            @Override
            public Optional<Long> productWithSlug(String slug) {
                return products.idOfSlug(slug);
            }

            @Override
            public Optional<Long> productWithSku(String sku) {
                return Optional.ofNullable(products.ownersOfSkus(List.of(sku)).get(sku));
            }

            @Override
            public boolean hasCategory(long id) {
                return categories.exists(id);
            }
        };
    }

    /**
     * Rejects into {@code errors} what is wrong with {@code form} as the new state of {@code existing} (null
     * for a new product). Texts a product already had are not held against it: the demo catalog, for one,
     * has search engine descriptions longer than the form allows, and changing a price must not require
     * shortening them.
     */
    void check(ProductForm form, ProductDetails existing, Catalog catalog, BindingResult errors) {
        Long productId = existing == null ? null : existing.id();
        var constraints = new BeanPropertyBindingResult(form, errors.getObjectName());
        validator.validate(form, constraints);
        List<FieldError> found = new ArrayList<>();
        constraints.getFieldErrors().stream()
                .filter(error -> existing == null || !unchanged(error.getField(), form, existing))
                .forEach(found::add);
        List<String> fields = found.stream().map(FieldError::getField).toList();
        if (!fields.contains("slug") && catalog.productWithSlug(form.slug()).filter(id -> !id.equals(productId)).isPresent()) {
            found.add(rejected(errors, "slug", form.slug(), "catalog.slug.taken", form.slug()));
        }
        for (int i = 0; i < form.variants().size(); i++) {
            String field = "variants[" + i + "].sku";
            String sku = form.variants().get(i).sku();
            if (!fields.contains(field) && !sku.isEmpty()
                    && catalog.productWithSku(sku).filter(id -> !id.equals(productId)).isPresent()) {
                found.add(rejected(errors, field, sku, "catalog.variant.sku.taken", sku));
            }
        }
        if (!fields.contains("categoryId") && !catalog.hasCategory(Long.parseLong(form.categoryId()))) {
            found.add(rejected(errors, "categoryId", form.categoryId(), "catalog.product.category.unknown"));
        }
        constraints.getGlobalErrors().forEach(errors::addError);
        found.sort(Comparator.comparing(error -> rank(error.getField())));
        found.forEach(errors::addError);
    }

    private static FieldError rejected(BindingResult errors, String field, Object value, String code, Object... args) {
        return new FieldError(errors.getObjectName(), field, value, false, new String[] { code }, args, null);
    }

    private static boolean unchanged(String field, ProductForm form, ProductDetails existing) {
        return switch (field) {
            case "name" -> form.name().equals(existing.name());
            case "brand" -> form.brand().equals(existing.brand());
            case "description" -> form.description().equals(existing.description());
            case "seoTitle" -> form.seoTitle().equals(existing.seoTitle());
            case "seoDescription" -> form.seoDescription().equals(existing.seoDescription());
            default -> false;
        };
    }

    /** Sorts fields as the form shows them: {@code variants[2].price} after {@code variants[1].sku}. */
    private static String rank(String field) {
        Matcher matcher = ROW.matcher(field);
        if (!matcher.matches()) {
            return "99";
        }
        int section = Math.max(0, FIELD_ORDER.indexOf(matcher.group(1)));
        int row = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int property = matcher.group(3) == null ? 0 : Math.max(0, FIELD_ORDER.indexOf(matcher.group(3)));
        return "%02d%05d%02d".formatted(section, row, property);
    }
}

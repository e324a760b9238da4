package shop.catalog.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Everything a product must satisfy before it is saved, for the form and for each product of an import:
 * the form's own rules (Bean Validation on {@link ProductForm}) and those that need the catalog (a free
 * slug, SKUs no other product uses, a category that exists).
 */
@Component
class ProductChecks {

    /** What the checks need to know about the catalog: read live for one form, preloaded for an import. */
    interface Catalog {

        Optional<Long> productWithSlug(String slug);

        Optional<Long> productWithSku(String sku);

        boolean hasCategory(long id);
    }

    private static final List<String> FIELD_ORDER = List.of("", "name", "slug", "brand", "categoryId", "description",
            "attributes", "key", "value", "variants", "sku", "price", "compareAtPrice", "imageKeys", "seoTitle",
            "seoDescription");
    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?$");

    private final Validator validator;
    private final ProductLookup products;
    private final Categories categories;
    private final MessageSource messages;

    ProductChecks(Validator validator, ProductLookup products, Categories categories, MessageSource messages) {
        this.validator = validator;
        this.products = products;
        this.categories = categories;
        this.messages = messages;
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
     * The problems of {@code form} as the new state of {@code existing} (null for a new product), in form
     * order. Texts a product already had are not held against it: the demo catalog, for one, has search
     * engine descriptions longer than the form allows, and changing a price must not require shortening them.
     */
    Problems check(ProductForm form, ProductDetails existing, Catalog catalog) {
        Long productId = existing == null ? null : existing.id();
        List<Problems.Problem> found = new ArrayList<>();
        for (ConstraintViolation<ProductForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            if (existing == null || !unchanged(field, form, existing)) {
                found.add(new Problems.Problem(field, violation.getMessage()));
            }
        }
        List<String> fields = found.stream().map(Problems.Problem::field).toList();
        if (!fields.contains("slug") && catalog.productWithSlug(form.slug()).filter(id -> !id.equals(productId)).isPresent()) {
            found.add(new Problems.Problem("slug", message("catalog.slug.taken", form.slug())));
        }
        for (int i = 0; i < form.variants().size(); i++) {
            String field = "variants[" + i + "].sku";
            String sku = form.variants().get(i).sku();
            if (!fields.contains(field) && !sku.isEmpty()
                    && catalog.productWithSku(sku).filter(id -> !id.equals(productId)).isPresent()) {
                found.add(new Problems.Problem(field, message("catalog.variant.sku.taken", sku)));
            }
        }
        if (!fields.contains("categoryId") && !catalog.hasCategory(Long.parseLong(form.categoryId()))) {
            found.add(new Problems.Problem("categoryId", message("catalog.product.category.unknown")));
        }
        found.sort(Comparator.comparing(problem -> rank(problem.field())));
        Problems problems = new Problems();
        found.forEach(problem -> problems.add(problem.field(), problem.message()));
        return problems;
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

    String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, locale);
    }
}

package shop.catalog.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.catalog.NewProduct;
import shop.catalog.NewProduct.NewVariant;
import shop.catalog.Slugs;

/**
 * A product as the admin's form (and each product of a CSV import) holds it: text as typed, prices
 * included, so that a form with mistakes comes back exactly as it was sent.
 */
@ConsistentProduct
record ProductForm(
        @NotBlank(message = "{catalog.product.name.required}")
        @Size(max = 200, message = "{catalog.size}") String name,
        @NotBlank(message = "{catalog.slug.required}")
        @Size(max = Slugs.MAX_LENGTH, message = "{catalog.size}")
        @Pattern(regexp = Slugs.REGEX, message = "{catalog.slug.pattern}") String slug,
        @Size(max = 100, message = "{catalog.size}") String brand,
        @Size(max = 10_000, message = "{catalog.size}") String description,
        @NotBlank(message = "{catalog.product.category.required}")
        @Pattern(regexp = "^$|^[0-9]{1,18}$", message = "{catalog.product.category.unknown}") String categoryId,
        @Valid @Size(max = MAX_ROWS, message = "{catalog.rows.size}") List<AttributeRow> attributes,
        @Valid @NotEmpty(message = "{catalog.product.variants.required}")
        @Size(max = MAX_ROWS, message = "{catalog.rows.size}") List<VariantRow> variants,
        @Size(max = 4_000, message = "{catalog.size}") String imageKeys,
        @Size(max = 70, message = "{catalog.size}") String seoTitle,
        @Size(max = 160, message = "{catalog.size}") String seoDescription) {

    static final int MAX_ROWS = 100;

    ProductForm {
        name = text(name);
        slug = text(slug);
        brand = text(brand);
        description = text(description);
        categoryId = text(categoryId);
        attributes = attributes == null ? List.of()
                : attributes.stream().map(row -> row == null ? AttributeRow.BLANK : row).toList();
        variants = variants == null ? List.of()
                : variants.stream().map(row -> row == null ? VariantRow.BLANK : row).toList();
        imageKeys = text(imageKeys);
        seoTitle = text(seoTitle);
        seoDescription = text(seoDescription);
    }

    /** A free-form attribute of the product ("material" = "wool"). */
    record AttributeRow(
            @NotBlank(message = "{catalog.attribute.key.required}")
            @Pattern(regexp = "^$|" + AttributeText.KEY_REGEX, message = "{catalog.attribute.key.pattern}") String key,
            @NotBlank(message = "{catalog.attribute.value.required}")
            @Size(max = AttributeText.MAX_VALUE_LENGTH, message = "{catalog.size}") String value) {

        static final AttributeRow BLANK = new AttributeRow("", "");

        AttributeRow {
            key = text(key);
            value = text(value);
        }

        boolean isBlank() {
            return key.isBlank() && value.isBlank();
        }
    }

    /** One sellable variant: its SKU, what sets it apart ({@code size=M}), its price and compare-at price. */
    @ConsistentVariant
    record VariantRow(
            @NotBlank(message = "{catalog.variant.sku.required}")
            @Size(max = 64, message = "{catalog.size}")
            @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]*$", message = "{catalog.variant.sku.pattern}") String sku,
            @Size(max = 1_000, message = "{catalog.size}") String attributes,
            @NotBlank(message = "{catalog.price.required}") @Price String price,
            @Price String compareAtPrice) {

        static final VariantRow BLANK = new VariantRow("", "", "", "");

        VariantRow {
            sku = text(sku);
            attributes = text(attributes);
            price = text(price);
            compareAtPrice = text(compareAtPrice);
        }

        boolean isBlank() {
            return sku.isBlank() && attributes.isBlank() && price.isBlank() && compareAtPrice.isBlank();
        }
    }

    /** A new product's form: one empty row for an attribute and one for a variant. */
    static ProductForm blank() {
        return new ProductForm("", "", "", "", "", List.of(AttributeRow.BLANK), List.of(VariantRow.BLANK), "", "", "");
    }

    static ProductForm of(ProductDetails product) {
        return new ProductForm(product.name(), product.slug(), product.brand(), product.description(),
                String.valueOf(product.categoryId()),
                product.attributes().entrySet().stream().map(e -> new AttributeRow(e.getKey(), e.getValue())).toList(),
                product.variants().stream().map(v -> new VariantRow(v.sku(), AttributeText.format(v.attributes()),
                        v.price().toPlainString(), v.compareAtPrice() == null ? "" : v.compareAtPrice().toPlainString()))
                        .toList(),
                String.join("\n", product.imageKeys()),
                nullToEmpty(product.seoTitle()), nullToEmpty(product.seoDescription()));
    }

    /**
     * The form as it will be checked and saved: without rows left entirely empty, with a slug made from
     * the name when none was given.
     */
    ProductForm normalized() {
        return new ProductForm(name, slug.isEmpty() ? Slugs.of(name) : slug, brand, description, categoryId,
                attributes.stream().filter(row -> !row.isBlank()).toList(),
                variants.stream().filter(row -> !row.isBlank()).toList(),
                String.join("\n", imageKeyList()), seoTitle, seoDescription);
    }

    /**
     * The form after one of its row buttons: {@code add-attribute}, {@code remove-attribute:2},
     * {@code add-variant}, {@code remove-variant:0}. Unknown actions change nothing.
     */
    ProductForm withRows(String action) {
        List<AttributeRow> attributeRows = new ArrayList<>(attributes);
        List<VariantRow> variantRows = new ArrayList<>(variants);
        String[] parts = action.split(":", 2);
        int index = parts.length == 2 && parts[1].matches("[0-9]{1,4}") ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "add-attribute" -> {
                if (attributeRows.size() < MAX_ROWS) {
                    attributeRows.add(AttributeRow.BLANK);
                }
            }
            case "remove-attribute" -> {
                if (index >= 0 && index < attributeRows.size()) {
                    attributeRows.remove(index);
                }
            }
            case "add-variant" -> {
                if (variantRows.size() < MAX_ROWS) {
                    variantRows.add(VariantRow.BLANK);
                }
            }
            case "remove-variant" -> {
                if (index >= 0 && index < variantRows.size()) {
                    variantRows.remove(index);
                }
            }
            default -> {
            }
        }
        return new ProductForm(name, slug, brand, description, categoryId, attributeRows, variantRows, imageKeys, seoTitle,
                seoDescription);
    }

    /** The form as shown: with at least one (empty) variant row to type into. */
    ProductForm forDisplay() {
        return variants.isEmpty() ? withRows("add-variant") : this;
    }

    List<String> imageKeyList() {
        return imageKeys.isBlank() ? List.of()
                : Arrays.stream(imageKeys.strip().split("[\\s,;]+")).filter(key -> !key.isEmpty()).toList();
    }

    Map<String, String> attributeMap() {
        return attributes.stream().filter(row -> !row.isBlank())
                .collect(Collectors.toMap(AttributeRow::key, AttributeRow::value, (a, b) -> a, LinkedHashMap::new));
    }

    /** The product this form describes; only for a form without problems. */
    NewProduct toNewProduct() {
        return new NewProduct(slug, name, brand, description, attributeMap(), Long.parseLong(categoryId),
                variants.stream().map(v -> new NewVariant(v.sku(), AttributeText.parse(v.attributes()),
                        Price.Validator.parse(v.price()), Price.Validator.parse(v.compareAtPrice()))).toList(),
                imageKeyList(), emptyToNull(seoTitle), emptyToNull(seoDescription));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

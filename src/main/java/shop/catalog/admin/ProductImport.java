package shop.catalog.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import shop.catalog.Assortment;
import shop.catalog.CatalogRuleViolation;
import shop.catalog.ImportedProduct;
import shop.catalog.NewProduct;
import shop.catalog.ProductStatus;
import shop.catalog.admin.ProductCsv.Column;
import shop.catalog.admin.ProductCsv.Line;

/**
 * Onboarding many products from a CSV file: first a preview of what would be created, changed and (only
 * when the admin chose {@link ImportMode#REPLACE}) removed, with every problem by row and column, then,
 * once confirmed, all of it in one transaction. A file with any problem writes nothing. Each product is
 * checked by the same rules as the product form. By default a file updates: variants and products it
 * does not name stay as they are.
 */
@Component
class ProductImport {

    enum Action {
        CREATE, UPDATE, UNCHANGED
    }

    /** A problem of one row (and column, when it concerns one). */
    record RowProblem(int row, String column, String message) {
    }

    /**
     * What the import would do with one product: {@code variants} rows of the file, {@code variantsAfter}
     * variants once imported (more than the rows when an update keeps variants the file does not name).
     */
    record Planned(String slug, String name, Action action, List<String> changes, ProductStatus from, ProductStatus to,
            int firstRow, int variants, int variantsAfter, ImportedProduct imported) {

        public boolean statusChanges() {
            return from != null && from != to;
        }
    }

    /**
     * A variant a replacing import removes: one the file lacks of a product it names, or, with
     * {@code withdrawnProductId}, one of a product the file does not name at all, which leaves the catalog.
     */
    record Removal(String slug, String name, String sku, Long withdrawnProductId) {

        public boolean wholeProduct() {
            return withdrawnProductId != null;
        }
    }

    record Preview(String fileProblem, ImportMode mode, List<RowProblem> problems, List<Planned> products,
            List<Removal> removals) {

        public boolean valid() {
            return fileProblem == null && problems.isEmpty();
        }

        /** The products the import takes out of the catalog (replace mode only). */
        List<Long> withdrawn() {
            return removals.stream().map(Removal::withdrawnProductId).filter(Objects::nonNull).distinct().toList();
        }

        public long withdrawnProducts() {
            return withdrawn().size();
        }

        /** Products the file names that lose variants. */
        public long reducedProducts() {
            return removals.stream().filter(r -> !r.wholeProduct()).map(Removal::slug).distinct().count();
        }

        /**
         * A digest of every removal the preview lists: the confirmation sends it back, so that an import only
         * removes what its admin was shown.
         */
        public String removalsDigest() {
            StringBuilder text = new StringBuilder();
            removals.forEach(r -> text.append(r.slug()).append('\t').append(r.sku()).append('\n'));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public long count(Action action) {
            return products.stream().filter(p -> p.action() == action).count();
        }

        public long creates() {
            return count(Action.CREATE);
        }

        public long updates() {
            return count(Action.UPDATE);
        }

        public long unchanged() {
            return count(Action.UNCHANGED);
        }

        public boolean changesAnything() {
            return !removals.isEmpty() || products.stream().anyMatch(p -> p.action() != Action.UNCHANGED);
        }

        static Preview failed(String problem) {
            return new Preview(problem, ImportMode.UPDATE, List.of(), List.of(), List.of());
        }
    }

    /**
     * The preview the import was checked against; with counts only when it was written, with a problem
     * when it was refused for a reason the preview does not show.
     */
    record Outcome(Preview preview, Assortment.ImportCounts counts, String problem) {
    }

    private static final Pattern VARIANT_FIELD = Pattern.compile("^variants\\[(\\d+)]\\.(\\w+)$");

    private final ProductLookup products;
    private final Categories categories;
    private final ProductRules rules;
    private final Assortment assortment;
    private final ImportSettings settings;
    private final MessageSource messages;

    ProductImport(ProductLookup products, Categories categories, ProductRules rules, Assortment assortment,
            ImportSettings settings, MessageSource messages) {
        this.products = products;
        this.categories = categories;
        this.rules = rules;
        this.assortment = assortment;
        this.settings = settings;
        this.messages = messages;
    }

    Preview preview(byte[] content, ImportMode mode) {
        if (content.length > settings.maxFileSize().toBytes()) {
            return Preview.failed(message("catalog.import.file.too-large", settings.maxFileSize().toMegabytes() + " MB"));
        }
        ProductCsv.Parsed parsed = ProductCsv.read(content, settings.maxRows());
        if (parsed.problem() != null) {
            return Preview.failed(message(parsed.problem(), parsed.problemArgs()));
        }
        List<RowProblem> problems = new ArrayList<>();
        parsed.lineProblems().forEach(p -> problems.add(new RowProblem(p.row(), null, message(p.code(), p.args()))));

        Map<String, List<Line>> bySlug = new LinkedHashMap<>();
        for (Line line : parsed.lines()) {
            String slug = line.get(Column.SLUG);
            if (slug.isEmpty()) {
                problems.add(new RowProblem(line.row(), Column.SLUG.header(), message("catalog.import.slug.required")));
            } else {
                bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(line);
            }
        }
        Map<String, ProductDetails> existing = products.findBySlugs(bySlug.keySet());
        Map<String, Long> categoryIds = categories.idsBySlug();
        Set<Long> categoryIdSet = new HashSet<>(categoryIds.values());
        Map<String, Long> skuOwners = products.ownersOfSkus(parsed.lines().stream().map(l -> l.get(Column.SKU))
                .filter(sku -> !sku.isEmpty()).distinct().toList());
        ProductRules.Catalog catalog = new ProductRules.Catalog() {
            @Override
            public Optional<Long> productWithSlug(String slug) {
                return Optional.ofNullable(existing.get(slug)).map(ProductDetails::id);
            }

            @Override
            public Optional<Long> productWithSku(String sku) {
                return Optional.ofNullable(skuOwners.get(sku));
            }

            @Override
            public boolean hasCategory(long id) {
                return categoryIdSet.contains(id);
            }
        };

        Map<String, Integer> skuRows = new HashMap<>();
        Map<String, String> skuSlugs = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (var group : bySlug.entrySet()) {
            String slug = group.getKey();
            List<Line> lines = group.getValue();
            int before = problems.size();
            for (Line line : lines) {
                String sku = line.get(Column.SKU);
                if (!sku.isEmpty() && skuSlugs.containsKey(sku) && !skuSlugs.get(sku).equals(slug)) {
                    problems.add(new RowProblem(line.row(), Column.SKU.header(),
                            message("catalog.import.sku.repeated", sku, skuRows.get(sku))));
                } else if (!sku.isEmpty() && !skuRows.containsKey(sku)) {
                    skuRows.put(sku, line.row());
                    skuSlugs.put(sku, slug);
                }
            }
            var plan = plan(slug, lines, parsed.columns(), existing.get(slug), mode, categoryIds, catalog, problems,
                    removals);
            if (problems.size() == before && plan != null) {
                planned.add(plan);
            }
        }
        if (mode == ImportMode.REPLACE) {
            products.activeExcept(bySlug.keySet()).forEach(
                    absent -> removals.add(new Removal(absent.slug(), absent.name(), absent.sku(), absent.productId())));
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Preview(null, mode, List.copyOf(problems), List.copyOf(planned), List.copyOf(removals));
    }

    /**
     * Checks the preview again against the catalog as it is now and, if nothing is wrong and it removes
     * exactly what the admin confirmed ({@code confirmedRemovals}, the digest the preview showed), writes it all.
     */
    Outcome apply(byte[] content, ImportMode mode, String confirmedRemovals) {
        Preview preview = preview(content, mode);
        if (!preview.valid()) {
            return new Outcome(preview, null, null);
        }
        if (!preview.removals().isEmpty() && !preview.removalsDigest().equals(confirmedRemovals)) {
            return new Outcome(preview, null, message("catalog.import.removals.changed"));
        }
        List<ImportedProduct> changes = preview.products().stream().filter(p -> p.action() != Action.UNCHANGED)
                .map(Planned::imported).toList();
        try {
            return new Outcome(preview, assortment.importProducts(changes, preview.withdrawn()), null);
        } catch (DataIntegrityViolationException | CatalogRuleViolation raced) {
            return new Outcome(Preview.failed(message("catalog.import.conflict")), null, null);
        }
    }

    private Planned plan(String slug, List<Line> lines, Set<Column> columns, ProductDetails existing, ImportMode mode,
            Map<String, Long> categoryIds, ProductRules.Catalog catalog, List<RowProblem> problems,
            List<Removal> removals) {
        Line first = lines.getFirst();
        int before = problems.size();
        for (Line line : lines.subList(1, lines.size())) {
            for (Column column : columns) {
                String value = line.get(column);
                if (column.ofProduct() && !value.isEmpty() && !value.equals(first.get(column))) {
                    problems.add(new RowProblem(line.row(), column.header(),
                            message("catalog.import.repeated.differs", first.row())));
                }
            }
        }
        Set<String> reported = new HashSet<>();

        String categorySlug = first.get(Column.CATEGORY_SLUG);
        String categoryId = "";
        if (!categorySlug.isEmpty()) {
            Long id = categoryIds.get(categorySlug);
            if (id == null) {
                problems.add(new RowProblem(first.row(), Column.CATEGORY_SLUG.header(),
                        message("catalog.import.category.unknown", categorySlug)));
                reported.add("categoryId");
            } else {
                categoryId = id.toString();
            }
        }

        List<ProductForm.AttributeRow> attributes = new ArrayList<>();
        if (columns.contains(Column.ATTRIBUTES)) {
            try {
                AttributeText.parse(first.get(Column.ATTRIBUTES))
                        .forEach((key, value) -> attributes.add(new ProductForm.AttributeRow(key, value)));
            } catch (AttributeText.Unreadable e) {
                problems.add(new RowProblem(first.row(), Column.ATTRIBUTES.header(), template(e.template())));
            }
        } else if (existing != null) {
            existing.attributes().forEach((key, value) -> attributes.add(new ProductForm.AttributeRow(key, value)));
        }

        List<ProductForm.VariantRow> fileRows = new ArrayList<>();
        for (Line line : lines) {
            String sku = line.get(Column.SKU);
            var was = existing == null ? null
                    : existing.variants().stream().filter(v -> v.sku().equals(sku)).findFirst().orElse(null);
            String variantAttributes = columns.contains(Column.VARIANT_ATTRIBUTES) ? line.get(Column.VARIANT_ATTRIBUTES)
                    : was == null ? "" : AttributeText.format(was.attributes());
            String compareAt = columns.contains(Column.COMPARE_AT_PRICE) ? line.get(Column.COMPARE_AT_PRICE)
                    : was == null || was.compareAtPrice() == null ? "" : was.compareAtPrice().toPlainString();
            fileRows.add(new ProductForm.VariantRow(sku, variantAttributes, line.get(Column.PRICE), compareAt));
        }
        // The product's variants after the import, each with the row of the file it comes from (for problems)
        List<ProductForm.VariantRow> variants = new ArrayList<>();
        List<Line> variantLines = new ArrayList<>();
        if (existing == null || mode == ImportMode.REPLACE) {
            variants.addAll(fileRows);
            variantLines.addAll(lines);
            if (existing != null) {
                var named = fileRows.stream().map(ProductForm.VariantRow::sku).collect(Collectors.toSet());
                existing.variants().stream().filter(v -> !named.contains(v.sku()))
                        .forEach(v -> removals.add(new Removal(slug, existing.name(), v.sku(), null)));
            }
        } else {
            // An update keeps the variants the file does not name, in their places; new SKUs come last
            boolean[] used = new boolean[fileRows.size()];
            for (var kept : existing.variants()) {
                int row = -1;
                for (int i = 0; i < fileRows.size() && row < 0; i++) {
                    if (!used[i] && fileRows.get(i).sku().equals(kept.sku())) {
                        row = i;
                    }
                }
                if (row < 0) {
                    variants.add(new ProductForm.VariantRow(kept.sku(), AttributeText.format(kept.attributes()),
                            kept.price().toPlainString(),
                            kept.compareAtPrice() == null ? "" : kept.compareAtPrice().toPlainString()));
                    variantLines.add(first);
                } else {
                    used[row] = true;
                    variants.add(fileRows.get(row));
                    variantLines.add(lines.get(row));
                }
            }
            for (int i = 0; i < fileRows.size(); i++) {
                if (!used[i]) {
                    variants.add(fileRows.get(i));
                    variantLines.add(lines.get(i));
                }
            }
        }

        var form = new ProductForm(first.get(Column.NAME), slug,
                valueOf(first, columns, Column.BRAND, existing == null ? "" : existing.brand()),
                valueOf(first, columns, Column.DESCRIPTION, existing == null ? "" : existing.description()),
                categoryId, attributes, variants,
                valueOf(first, columns, Column.IMAGE_KEYS, existing == null ? "" : String.join(" ", existing.imageKeys())),
                valueOf(first, columns, Column.SEO_TITLE, existing == null ? "" : nullToEmpty(existing.seoTitle())),
                valueOf(first, columns, Column.SEO_DESCRIPTION, existing == null ? "" : nullToEmpty(existing.seoDescription())));

        ProductStatus from = existing == null ? null : existing.status();
        ProductStatus to = from == null ? ProductStatus.DRAFT : from;
        String statusText = first.get(Column.STATUS);
        if (!statusText.isEmpty()) {
            try {
                to = ProductStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(first.row(), Column.STATUS.header(), message("catalog.import.status.unknown")));
            }
        }
        if (from == null && to == ProductStatus.RETIRED) {
            problems.add(new RowProblem(first.row(), Column.STATUS.header(), message("catalog.import.status.new-retired")));
        } else if (from != null && from != to && !from.canBecome(to)) {
            problems.add(new RowProblem(first.row(), Column.STATUS.header(),
                    message("catalog.import.status.transition", from, to)));
        }

        var errors = new BeanPropertyBindingResult(form, "form");
        rules.check(form, existing, catalog, errors);
        for (FieldError error : errors.getFieldErrors()) {
            if (!reported.contains(error.getField())) {
                problems.add(locate(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()),
                        variantLines, first));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        NewProduct product = form.toNewProduct();
        Action action;
        List<String> changes = List.of();
        if (existing == null) {
            action = Action.CREATE;
        } else {
            changes = existing.changesTo(product);
            action = changes.isEmpty() && from == to ? Action.UNCHANGED : Action.UPDATE;
        }
        return new Planned(slug, product.name(), action, changes, from, to, first.row(), lines.size(), variants.size(),
                new ImportedProduct(existing == null ? null : existing.id(), product, to, !changes.isEmpty()));
    }

    /** Where in the file a problem of the product's form lies: its row and column. */
    private static RowProblem locate(String field, String message, List<Line> variantLines, Line first) {
        Matcher variant = VARIANT_FIELD.matcher(field);
        if (variant.matches()) {
            int index = Integer.parseInt(variant.group(1));
            Column column = switch (variant.group(2)) {
                case "sku" -> Column.SKU;
                case "attributes" -> Column.VARIANT_ATTRIBUTES;
                case "price" -> Column.PRICE;
                default -> Column.COMPARE_AT_PRICE;
            };
            Line line = variantLines.isEmpty() ? first : variantLines.get(Math.min(index, variantLines.size() - 1));
            return new RowProblem(line.row(), column.header(), message);
        }
        Column column = switch (field.replaceAll("\\[.*$", "")) {
            case "name" -> Column.NAME;
            case "slug" -> Column.SLUG;
            case "brand" -> Column.BRAND;
            case "description" -> Column.DESCRIPTION;
            case "categoryId" -> Column.CATEGORY_SLUG;
            case "attributes" -> Column.ATTRIBUTES;
            case "variants" -> Column.SKU;
            case "imageKeys" -> Column.IMAGE_KEYS;
            case "seoTitle" -> Column.SEO_TITLE;
            case "seoDescription" -> Column.SEO_DESCRIPTION;
            default -> null;
        };
        return new RowProblem(first.row(), column == null ? null : column.header(), message);
    }

    private static String valueOf(Line line, Set<Column> columns, Column column, String otherwise) {
        return columns.contains(column) ? line.get(column) : otherwise;
    }

    private String template(String template) {
        return message(template.substring(1, template.length() - 1));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

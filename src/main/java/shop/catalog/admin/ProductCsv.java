package shop.catalog.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV file products are exported to and imported from: UTF-8, a header row naming the columns, one
 * row per variant with the product's columns repeated (or left empty) on each of its rows. Rows are
 * numbered as a spreadsheet shows them: the header is row 1. Cells a spreadsheet would run as formulas
 * are exported with a leading single quote, which the import takes off again.
 */
final class ProductCsv {

    /** The columns, in the order exported. Required ones must be in every file. */
    enum Column {
        SLUG(true), NAME(true), BRAND(false), DESCRIPTION(false), CATEGORY_SLUG(true), STATUS(false), ATTRIBUTES(false),
        SKU(true), VARIANT_ATTRIBUTES(false), PRICE(true), COMPARE_AT_PRICE(false), IMAGE_KEYS(false), SEO_TITLE(false),
        SEO_DESCRIPTION(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Columns that describe the product (repeated on each of its rows), not one variant. */
        boolean ofProduct() {
            return this != SKU && this != VARIANT_ATTRIBUTES && this != PRICE && this != COMPARE_AT_PRICE;
        }

        static String headers(Iterable<Column> columns) {
            List<String> names = new ArrayList<>();
            columns.forEach(column -> names.add(column.header()));
            return String.join(", ", names);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /** A cell a spreadsheet would run: a formula character after any number of single quotes. */
    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");

    private ProductCsv() {
    }

    static void write(Writer out, ProductLookup products) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(Arrays.stream(Column.values()).map(Column::header).toList());
            products.export(row -> {
                try {
                    printer.printRecord(Stream.of(row.slug(), row.name(), row.brand(), row.description(),
                            row.categorySlug(), row.status(), AttributeText.format(row.attributes()), row.sku(),
                            AttributeText.format(row.variantAttributes()), row.price().toPlainString(),
                            row.compareAtPrice() == null ? "" : row.compareAtPrice().toPlainString(),
                            String.join(" ", row.imageKeys()), nullToEmpty(row.seoTitle()),
                            nullToEmpty(row.seoDescription())).map(ProductCsv::neutralized).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of the file: its number as a spreadsheet shows it and its values by column. */
    record Line(int row, Map<Column, String> values) {

        String get(Column column) {
            return values.getOrDefault(column, "");
        }

        boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    /**
     * What the file holds: the columns it has and its rows; or, if the file as a whole is unusable, the
     * message code of its problem with the message's arguments (and nothing else).
     */
    record Parsed(Set<Column> columns, List<Line> lines, List<LineProblem> lineProblems, String problem,
            Object[] problemArgs) {

        static Parsed failed(String problem, Object... args) {
            return new Parsed(Set.of(), List.of(), List.of(), problem, args);
        }
    }

    /** A row that is not even a row of products (more values than columns). */
    record LineProblem(int row, String code, Object[] args) {
    }

    static Parsed read(byte[] content, int maxRows) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int row = 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), decoder);
                CSVParser parser = FORMAT.parse(reader)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                return Parsed.failed("catalog.import.file.empty");
            }
            List<String> header = records.next().toList();
            row = 1;
            if (!header.isEmpty()) {
                header.set(0, header.getFirst().replace("\uFEFF", ""));
            }
            Map<Integer, Column> columnAt = new java.util.HashMap<>();
            Set<String> unknown = new LinkedHashSet<>();
            Set<String> twice = new LinkedHashSet<>();
            Set<Column> present = EnumSet.noneOf(Column.class);
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                Column column = Arrays.stream(Column.values()).filter(c -> c.header().equals(name)).findFirst().orElse(null);
                if (column == null) {
                    if (!name.isEmpty()) {
                        unknown.add(name);
                    }
                } else if (!present.add(column)) {
                    twice.add(name);
                } else {
                    columnAt.put(i, column);
                }
            }
            Set<Column> missing = EnumSet.allOf(Column.class).stream().filter(c -> c.required && !present.contains(c))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Column.class)));
            if (!missing.isEmpty()) {
                return Parsed.failed("catalog.import.columns.missing", Column.headers(missing));
            }
            if (!unknown.isEmpty()) {
                return Parsed.failed("catalog.import.columns.unknown", String.join(", ", unknown),
                        Column.headers(EnumSet.allOf(Column.class)));
            }
            if (!twice.isEmpty()) {
                return Parsed.failed("catalog.import.columns.duplicate", String.join(", ", twice));
            }
            List<Line> lines = new ArrayList<>();
            List<LineProblem> problems = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row++;
                if (lines.size() + problems.size() >= maxRows) {
                    return Parsed.failed("catalog.import.rows.too-many", maxRows);
                }
                if (record.size() > header.size()) {
                    problems.add(new LineProblem(row, "catalog.import.row.too-long",
                            new Object[] { record.size(), header.size() }));
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                columnAt.forEach((index, column) -> values.put(column,
                        index < record.size() ? restored(record.get(index).strip()) : ""));
                Line line = new Line(row, values);
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty() && problems.isEmpty()) {
                return Parsed.failed("catalog.import.file.empty");
            }
            return new Parsed(present, lines, problems, null, new Object[0]);
        } catch (CharacterCodingException e) {
            return Parsed.failed("catalog.import.file.encoding");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return Parsed.failed("catalog.import.file.encoding");
            }
            return Parsed.failed("catalog.import.file.unreadable", row + 1);
        } catch (IOException | IllegalStateException e) {
            return Parsed.failed("catalog.import.file.unreadable", row + 1);
        }
    }

    /**
     * The cell as written to the file: a spreadsheet runs a cell that starts with {@code = + - @}, a tab
     * or a carriage return as a formula, so such a cell gets a leading single quote (OWASP's advice), which
     * spreadsheets show as text. A cell that already starts with quotes before such a character gets one
     * more, so that {@link #restored} gives back exactly what was exported.
     */
    static String neutralized(String cell) {
        return FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /** The value of a cell of an imported file: {@link #neutralized}'s quote taken off again. */
    static String restored(String cell) {
        return FORMULA.matcher(cell).lookingAt() && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

package shop.catalog.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an import does with what its file does not name. {@code UPDATE}, the default, changes only the
 * variants and products in the file (a one-row price change leaves the product's other sizes alone);
 * {@code REPLACE}, chosen explicitly, also removes the variants of named products that the file lacks and
 * takes products the file does not name out of the catalog, each removal listed in the preview first.
 */
enum ImportMode {
    UPDATE, REPLACE;

    /** The form's value ({@code update}, {@code replace}); empty for anything else. Absent means update. */
    static Optional<ImportMode> of(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(UPDATE);
        }
        return Arrays.stream(values()).filter(mode -> mode.value().equals(value)).findFirst();
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}

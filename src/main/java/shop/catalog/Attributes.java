package shop.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Free-form attributes of a product or variant ({@code material=wool}, {@code size=M}), kept as a JSON
 * object in a {@code jsonb} column: a value of its own so that {@link CatalogJdbcConversions} can map it.
 */
record Attributes(Map<String, String> values) {

    static final Attributes NONE = new Attributes(Map.of());

    Attributes {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}

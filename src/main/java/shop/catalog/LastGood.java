package shop.catalog;

import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Remembers the last value each storefront read produced, and hands it out when the catalog's storage
 * fails: the home page, the category navigation and recently viewed products keep working while the
 * database does not. Bounded, so only what shoppers actually looked at recently is kept.
 */
@Component
public class LastGood {

    private static final Logger log = LoggerFactory.getLogger(LastGood.class);

    private final Cache<String, Object> values = Caffeine.newBuilder().maximumSize(10_000).build();

    /** The fresh value, or the last good one if reading fails; without a last good one, the failure. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        try {
            T value = read.get();
            if (!sameInstance(values.getIfPresent(key), value)) {
                // reads mostly return the very instance a cache holds: writing it again would only contend
                values.put(key, value);
            }
            return value;
        } catch (DataAccessException failure) {
            Object remembered = values.getIfPresent(key);
            if (remembered == null) {
                throw failure;
            }
            log.warn("Catalog storage failed, serving the last good value of {}: {}", key, failure.getMostSpecificCause().getMessage());
            return (T) remembered;
        }
    }

    /** Whether both are the same instance, or optionals of the same instance (a cache hands out new optionals). */
    private static boolean sameInstance(Object remembered, Object value) {
        if (remembered instanceof Optional<?> before && value instanceof Optional<?> now) {
            return before.orElse(null) == now.orElse(null);
        }
        return remembered == value;
    }
}

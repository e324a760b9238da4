package shop.catalog.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the CSV product import: rows per file, size of a file, and how long an uploaded file waits
 * for the admin to confirm its preview.
 */
@ConfigurationProperties("shop.catalog.import")
record ImportSettings(
        @DefaultValue("10000") int maxRows,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("1h") Duration keepFor) {
}

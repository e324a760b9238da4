package shop.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where images are kept and what an upload may be: at most {@code maxUploadSize} bytes and
 * {@code maxPixels} pixels (checked from the image's header, before its pixels are decoded).
 */
@ConfigurationProperties("shop.media")
public record MediaSettings(
        @DefaultValue("./data/media") Path dir,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue("40000000") long maxPixels) {

    public MediaSettings {
        if (maxUploadSize.toBytes() <= 0) {
            throw new IllegalArgumentException("shop.media.max-upload-size must be positive, not " + maxUploadSize);
        }
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("shop.media.max-pixels must be positive, not " + maxPixels);
        }
    }
}

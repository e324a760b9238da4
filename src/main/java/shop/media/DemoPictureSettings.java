package shop.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether this shop draws the demo catalog's product pictures (after start-up, in the background, once:
 * later starts find them stored). A shop with a catalog of its own turns it off.
 */
@ConfigurationProperties("shop.media.demo-pictures")
public record DemoPictureSettings(@DefaultValue("true") boolean enabled) {
}

package shop.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's wiring: its settings (uploads, decodes, demo pictures) and, unless another store is configured, the
 * files under {@code shop.media.dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MediaSettings.class, DecodeSettings.class, DemoPictureSettings.class})
class MediaConfiguration {

    @Bean
    @ConditionalOnMissingBean(ObjectStore.class)
    ObjectStore fileSystemObjectStore(MediaSettings settings) {
        return new FileSystemObjectStore(settings.dir());
    }
}

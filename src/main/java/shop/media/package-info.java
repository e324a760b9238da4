/**
 * Images: storage, validation and resized variants. Schema {@code media}.
 */
@ApplicationModule(displayName = "Media", allowedDependencies = { "common" })
package shop.media;

import org.springframework.modulith.ApplicationModule;

/**
 * Images: upload validation, content-addressed storage, resized variants and serving. Other modules never
 * call it: they keep an image's key and show it through {@code /media/<key>/<size>}; it publishes
 * {@code ImageStored} for each new image. Schema {@code media}.
 */
@ApplicationModule(displayName = "Media", allowedDependencies = { "common", "common :: web" })
package shop.media;

import org.springframework.modulith.ApplicationModule;

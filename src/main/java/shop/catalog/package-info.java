/**
 * Products, categories, search and the storefront pages. Schema {@code catalog}. Listens to the media
 * module's {@code DemoPicturesStored} to give demo products their pictures.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "common", "common :: web", "media :: events" })
package shop.catalog;

import org.springframework.modulith.ApplicationModule;

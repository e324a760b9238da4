/**
 * Products, categories, search and the storefront pages. Schema {@code catalog}.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "common" })
package shop.catalog;

import org.springframework.modulith.ApplicationModule;

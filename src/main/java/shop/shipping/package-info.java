/**
 * Shipments, delivery options and tracking. Schema {@code shipping}.
 */
@ApplicationModule(displayName = "Shipping", allowedDependencies = { "common" })
package shop.shipping;

import org.springframework.modulith.ApplicationModule;

/**
 * Shipments, delivery options and tracking. Schema {@code shipping}.
 */
@ApplicationModule(displayName = "Shipping", allowedDependencies = { "common", "common :: web" })
package shop.shipping;

import org.springframework.modulith.ApplicationModule;

/**
 * Stock per warehouse, reservations with expiry. Schema {@code inventory}.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = { "common", "common :: web" })
package shop.inventory;

import org.springframework.modulith.ApplicationModule;

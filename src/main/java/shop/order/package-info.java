/**
 * Orders and their timeline, driven by the check-out saga. Schema {@code orders}.
 */
@ApplicationModule(displayName = "Order", allowedDependencies = { "common", "common :: web" })
package shop.order;

import org.springframework.modulith.ApplicationModule;

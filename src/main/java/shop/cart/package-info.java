/**
 * Carts, wish lists and check-out. Schema {@code cart}.
 */
@ApplicationModule(displayName = "Cart", allowedDependencies = { "common", "common :: web" })
package shop.cart;

import org.springframework.modulith.ApplicationModule;

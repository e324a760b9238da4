/**
 * Carts, wish lists and check-out. Schema {@code cart}.
 */
@ApplicationModule(displayName = "Cart", allowedDependencies = { "common" })
package shop.cart;

import org.springframework.modulith.ApplicationModule;

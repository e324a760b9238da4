/**
 * Payments through a provider behind an interface. Schema {@code payment}.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = { "common" })
package shop.payment;

import org.springframework.modulith.ApplicationModule;

/**
 * Payments through a provider behind an interface. Schema {@code payment}.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = { "common", "common :: web" })
package shop.payment;

import org.springframework.modulith.ApplicationModule;

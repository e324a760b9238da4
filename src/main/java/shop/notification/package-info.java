/**
 * Decides whom to tell what, through which channel: consumes other modules' events, never called directly. Schema {@code notification}.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = { "common", "user :: events" })
package shop.notification;

import org.springframework.modulith.ApplicationModule;

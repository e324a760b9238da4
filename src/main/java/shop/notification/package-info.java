/**
 * Decides whom to tell what, through which channel and with which template. Other modules never call it:
 * they publish events, and this module records each message in its outbox before a dispatcher sends it
 * (mail over SMTP, SMS through a gateway), retrying with backoff. Schema {@code notification}.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = { "common", "common :: web", "user :: events" })
package shop.notification;

import org.springframework.modulith.ApplicationModule;

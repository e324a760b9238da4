/**
 * Accounts, sign-in and the admin bootstrap; the customer's account pages (profile, address book, privacy) and
 * the address picker other modules' pages embed; the back office's account administration with its audit log;
 * API keys for machine clients. Schema {@code users}.
 */
@ApplicationModule(displayName = "User", allowedDependencies = { "common" })
package shop.user;

import org.springframework.modulith.ApplicationModule;

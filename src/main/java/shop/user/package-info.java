/**
 * Accounts, sign-in and the admin bootstrap; the back office's account administration with its audit log; API keys
 * for machine clients. Schema {@code users}.
 */
@ApplicationModule(displayName = "User", allowedDependencies = { "common" })
package shop.user;

import org.springframework.modulith.ApplicationModule;

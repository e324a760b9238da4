/**
 * Accounts, sign-in and the admin bootstrap. Schema {@code users}.
 */
@ApplicationModule(displayName = "User", allowedDependencies = { "common" })
package shop.user;

import org.springframework.modulith.ApplicationModule;

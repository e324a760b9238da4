/**
 * Accounts: registration with email confirmation, sign-in (throttled, remember-me), password reset and
 * changes of password and address, and the admin bootstrap; the customer's account pages (profile, address
 * book, privacy) and the address picker other modules' pages embed; the back office's account administration
 * with its audit log; API keys for machine clients. Schema {@code users}.
 * <p>
 * Links in mails are signed here ({@code LinkTokens}) and only delivered by the notification module, which
 * hears about them through {@code EmailVerificationRequested} and {@code PasswordResetRequested}. Spring
 * Security gets its authentication provider, remember-me services and sign-in outcome handlers from this
 * module as beans of Spring Security's own types.
 * <p>
 * Contract with the cart module: a browser's guest cart is named by the cookie {@code SHOP_CART}, an opaque
 * reference of 1 to 64 letters, digits, {@code -} or {@code _} (anything else is ignored). At every sign-in
 * (form or remember-me cookie) its value is published as {@code CustomerSignedIn.guestCartReference}, null
 * without such a cookie, so that the cart can merge the guest cart into the customer's.
 */
@ApplicationModule(displayName = "User", allowedDependencies = { "common", "common :: web" })
package shop.user;

import org.springframework.modulith.ApplicationModule;

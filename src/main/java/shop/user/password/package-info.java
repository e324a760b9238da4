/**
 * Passwords and addresses of an account: "forgot your password?" with its one-time link, and the signed-in
 * customer changing their password or email address.
 */
package shop.user.password;

/**
 * Sign-in: the sign-in page and what Spring Security gets from this module as beans of its own types (the
 * throttled authentication provider, remember-me services, success and failure handlers), and the
 * {@code CustomerSignedIn} announcement with the guest cart.
 */
package shop.user.signin;

/**
 * Registration: the sign-up form, the confirmation link it mails and the page that link opens (also for a
 * change of address), a new link on request, and the admin account created on first start.
 */
package shop.user.registration;

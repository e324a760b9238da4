/**
 * The signed-in customer's account pages: the overview with profile and marketing consent, "download my
 * data" and "delete my account".
 */
package shop.user.account;

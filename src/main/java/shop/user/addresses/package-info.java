/**
 * The address book: a customer's addresses with their defaults, its pages, the address picker other modules
 * embed, and the removal of a deleted customer's addresses. The only feature that reads or writes
 * {@code users.address}.
 */
package shop.user.addresses;

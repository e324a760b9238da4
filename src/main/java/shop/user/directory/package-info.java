/**
 * The back office's users: the searchable list, one account in full, the changes admins make (lock, unlock,
 * grant and revoke the admin role) and the audit log of them.
 */
package shop.user.directory;

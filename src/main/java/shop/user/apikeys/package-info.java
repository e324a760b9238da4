/**
 * API keys for machine clients: issuing, listing and revoking them (the customer's own page and the back
 * office's list), authenticating the API's requests by them, the account API, and the removal of a deleted
 * customer's keys. The only feature that reads or writes {@code users.api_key}.
 */
package shop.user.apikeys;

-- The address book and the API keys remove a deleted account's rows themselves, when they hear that the
-- customer was deleted (CustomerDeleted), instead of the database cascading the account's deletion into
-- their tables: each feature owns its data. Until then a key of a deleted account already fails (it is
-- only accepted with its account) and an address of one is in no customer's book.
alter table users.address drop constraint address_account_id_fkey;
alter table users.api_key drop constraint api_key_account_id_fkey;

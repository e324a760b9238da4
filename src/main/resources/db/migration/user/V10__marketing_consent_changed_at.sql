-- When the customer last gave or withdrew marketing consent (null: never chose). Shown in the personal data
-- export next to the choice itself.
alter table users.account
  add column marketing_consent_changed_at timestamptz;

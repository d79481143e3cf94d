-- Failed staff sign-ins per account name, for the lock-out and its back-off. Shared by every instance, so guesses
-- spread over instances count together. The name is kept hashed: what was typed at a failed sign-in may be anything.
CREATE TABLE IF NOT EXISTS staff_sign_in_failures (
    account_key TEXT PRIMARY KEY, failures BIGINT NOT NULL, last_failure_at TEXT NOT NULL, locked_until TEXT);
CREATE INDEX IF NOT EXISTS staff_sign_in_failures_by_last_failure ON staff_sign_in_failures (last_failure_at);

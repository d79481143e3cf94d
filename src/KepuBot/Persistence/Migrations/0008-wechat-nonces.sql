-- WeChat request nonces seen within the timestamp window, shared by every instance: a signed callback URL replayed
-- with another body is refused wherever it lands. Rows expire when the signed timestamp leaves the window.
CREATE TABLE IF NOT EXISTS wechat_nonces (nonce_key TEXT PRIMARY KEY, body_hash TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS wechat_nonces_by_expiry ON wechat_nonces (expires_at);

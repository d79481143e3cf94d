-- The staff audit log: who changed what, when, with a summary before and after.
CREATE TABLE IF NOT EXISTS audit_log (
    id TEXT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
    before_summary TEXT, after_summary TEXT);
CREATE INDEX IF NOT EXISTS audit_log_by_at ON audit_log (at);
CREATE INDEX IF NOT EXISTS audit_log_by_target ON audit_log (target, at);

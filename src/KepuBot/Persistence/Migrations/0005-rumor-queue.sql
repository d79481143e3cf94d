-- The 辟谣 follow-up queue: cases, their reports, claim variants and shingles for near-duplicate grouping, and
-- the outbox of spreading alerts.
CREATE TABLE IF NOT EXISTS rumor_cases (
    id TEXT PRIMARY KEY, claim TEXT NOT NULL, topic TEXT NOT NULL, status TEXT NOT NULL, assignee TEXT, debunk_id TEXT,
    report_count BIGINT NOT NULL, reporter_count BIGINT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
    spreading_at TEXT, verdict TEXT, write_up TEXT, basis TEXT, resolved_by TEXT, resolved_at TEXT,
    published_doc_id TEXT, published_at TEXT);
CREATE INDEX IF NOT EXISTS rumor_cases_by_debunk ON rumor_cases (debunk_id);
CREATE INDEX IF NOT EXISTS rumor_cases_by_last_seen ON rumor_cases (last_seen);
CREATE TABLE IF NOT EXISTS rumor_reports (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES rumor_cases(id), claim TEXT NOT NULL, channel TEXT NOT NULL,
    reporter TEXT NOT NULL, at TEXT NOT NULL, debunk_id TEXT, turn_id TEXT);
CREATE INDEX IF NOT EXISTS rumor_reports_by_case ON rumor_reports (case_id, at);
CREATE INDEX IF NOT EXISTS rumor_reports_by_at ON rumor_reports (at);
CREATE TABLE IF NOT EXISTS rumor_variants (
    case_id TEXT NOT NULL REFERENCES rumor_cases(id), canonical TEXT NOT NULL, claim TEXT NOT NULL, seq BIGINT NOT NULL,
    PRIMARY KEY (case_id, canonical));
CREATE TABLE IF NOT EXISTS rumor_shingles (
    shingle TEXT NOT NULL, case_id TEXT NOT NULL REFERENCES rumor_cases(id), PRIMARY KEY (shingle, case_id));
CREATE TABLE IF NOT EXISTS rumor_alerts (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL, reports_in_window BIGINT NOT NULL,
    created_at TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at TEXT, lease_until TEXT, delivered_at TEXT, last_error TEXT);
CREATE INDEX IF NOT EXISTS rumor_alerts_due ON rumor_alerts (next_attempt_at);

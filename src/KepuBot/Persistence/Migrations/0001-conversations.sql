-- Conversations, turns, feedback, the unanswered-questions log and escalations.
-- IF NOT EXISTS because SQLite files written before schema versioning already hold these tables.
CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, channel TEXT NOT NULL, user_hash TEXT NOT NULL, started_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS turns (
    seq {{auto_id}}, id TEXT NOT NULL UNIQUE, conversation_id TEXT NOT NULL REFERENCES conversations(id),
    at TEXT NOT NULL, question TEXT NOT NULL, resolved_question TEXT NOT NULL, answer TEXT NOT NULL, intent TEXT NOT NULL,
    grounded INTEGER NOT NULL, citations TEXT NOT NULL, rumor INTEGER NOT NULL, fraud INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns (conversation_id, seq);
CREATE TABLE IF NOT EXISTS feedback (id TEXT PRIMARY KEY, turn_id TEXT NOT NULL REFERENCES turns(id), helpful INTEGER NOT NULL, comment TEXT, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS unanswered (id TEXT PRIMARY KEY, turn_id TEXT NOT NULL REFERENCES turns(id), question TEXT NOT NULL, channel TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS escalations (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, channel TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL);

-- Messages that showed fraud risk (masked), so staff can see which scams are going around, by scenario and day.
CREATE TABLE IF NOT EXISTS fraud_events (
    id TEXT PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, channel TEXT NOT NULL, turn_id TEXT NOT NULL,
    risk TEXT NOT NULL, scenario TEXT NOT NULL, message TEXT NOT NULL, cues TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS fraud_events_by_day ON fraud_events (day, scenario);

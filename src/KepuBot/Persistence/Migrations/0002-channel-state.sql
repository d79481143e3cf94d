-- Channel state that any instance may need: WeChat reply dedupe, Bot Framework redelivery dedupe, Direct Line history.
CREATE TABLE wechat_replies (
    message_key TEXT PRIMARY KEY, owner TEXT NOT NULL, done INTEGER NOT NULL, reply TEXT, expires_at TEXT NOT NULL);
CREATE INDEX wechat_replies_by_expiry ON wechat_replies (expires_at);
CREATE TABLE seen_activities (activity_key TEXT PRIMARY KEY, expires_at TEXT NOT NULL);
CREATE INDEX seen_activities_by_expiry ON seen_activities (expires_at);
CREATE TABLE directline_conversations (
    id TEXT PRIMARY KEY, started_at TEXT NOT NULL, last_active TEXT NOT NULL, activity_count BIGINT NOT NULL);
CREATE INDEX directline_conversations_by_activity ON directline_conversations (last_active);
CREATE TABLE directline_activities (
    conversation_id TEXT NOT NULL REFERENCES directline_conversations(id) ON DELETE CASCADE,
    position BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (conversation_id, position));

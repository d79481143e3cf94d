-- Whether a reporter has reported a case before is asked on every report; without this index the answer meant
-- reading every report of the case, which grows without bound for a rumor that keeps spreading.
CREATE INDEX IF NOT EXISTS rumor_reports_by_reporter ON rumor_reports (case_id, reporter);

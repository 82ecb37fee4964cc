-- The inbox lists the most urgent request first (the nearest legal deadline, overdue ones on top).
CREATE INDEX sc_intake_deadline_idx ON sc_intake (status, decision_deadline, requested_at DESC, id DESC);
CREATE INDEX sc_intake_all_deadline_idx ON sc_intake (decision_deadline, requested_at DESC, id DESC);

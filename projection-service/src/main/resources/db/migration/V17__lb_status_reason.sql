-- Why the LB is in its status, as the data plane said (HAProxy's refusal, a deadline passed): a new reason for the
-- same status is news too.
ALTER TABLE lb ADD COLUMN status_reason text;

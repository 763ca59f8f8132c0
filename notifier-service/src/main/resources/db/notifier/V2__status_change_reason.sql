-- Why the status changed, as the data plane reported it (HAProxy's error, a deadline passed...), for the alert.
ALTER TABLE status_change ADD COLUMN reason text;

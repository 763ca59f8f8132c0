-- When a data-plane agent last said it runs each load balancer. Not a read model (nothing on the log makes it):
-- the API writes it on every heartbeat, and turns a silence beyond its deadline into a status event.
CREATE TABLE dataplane_heartbeat (
    lb_id       uuid        PRIMARY KEY,
    instance_id text        NOT NULL,
    seen_at     timestamptz NOT NULL
);

CREATE INDEX dataplane_heartbeat_by_time ON dataplane_heartbeat (seen_at);

-- The notifier's own tables, in its own schema: it shares the database server, not the read models.

-- The status of each LB as the notifier last saw it, so that a change can say what it changed from.
CREATE TABLE lb_status (
    lb_id      uuid   PRIMARY KEY,
    project_id uuid   NOT NULL,
    name       text   NOT NULL,
    status     text   NOT NULL,
    version    bigint NOT NULL
);

-- Every status change seen on the log, once per event: the deliveries owed to subscribers start here.
CREATE TABLE status_change (
    event_id        uuid        PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    lb_id           uuid        NOT NULL,
    lb_name         text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     uuid        NOT NULL,
    old_status      text,
    new_status      text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX status_change_by_lb ON status_change (lb_id, occurred_at);

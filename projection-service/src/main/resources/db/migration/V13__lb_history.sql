-- The history of each load balancer: every event on it or on its children, in log order (seq), with who did it
-- and what changed (the event's payload, secrets left out).
CREATE TABLE lb_event (
    seq             bigserial   PRIMARY KEY,
    event_id        uuid        NOT NULL UNIQUE,
    lb_id           uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    type            text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    actor_type      text        NOT NULL,
    actor_id        text        NOT NULL,
    actor_name      text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     uuid        NOT NULL,
    changes         jsonb       NOT NULL
);

CREATE INDEX lb_event_by_lb ON lb_event (lb_id, seq);
CREATE INDEX lb_event_by_resource ON lb_event (resource_id, seq);

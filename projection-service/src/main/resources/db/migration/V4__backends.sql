-- Backends of load balancers. Their settings are kept whole, as the JSON of the event contract's BackendSpec:
-- no query looks inside them.
CREATE TABLE backend (
    id              uuid        PRIMARY KEY,
    lb_id           uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    region          text        NOT NULL,
    zone            text        NOT NULL,
    name            text        NOT NULL,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false
);

CREATE INDEX backend_by_lb ON backend (lb_id, created_at, id) WHERE NOT deleted;

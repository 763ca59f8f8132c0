-- Frontends of load balancers; settings kept whole as the event contract's FrontendSpec JSON. The port and the
-- backend are columns too: decisions look frontends up by them (a port is used once per load balancer).
CREATE TABLE frontend (
    id              uuid        PRIMARY KEY,
    lb_id           uuid        NOT NULL,
    backend_id      uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    region          text        NOT NULL,
    zone            text        NOT NULL,
    name            text        NOT NULL,
    inbound_port    integer     NOT NULL,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false
);

CREATE INDEX frontend_by_lb ON frontend (lb_id, created_at, id) WHERE NOT deleted;
CREATE INDEX frontend_by_backend ON frontend (backend_id) WHERE NOT deleted;

-- OVH farms, their servers and OVH frontends (the OVH dialect's http and tcp objects). Farms and frontends are
-- backends and frontends of the shared aggregates, kept apart from the Scaleway tables because their settings have
-- OVH's shape (the event contract's FarmSpec, FarmServerSpec and OvhFrontendSpec, as JSON). Rows stay, marked
-- deleted, so that the next OVH id of a service (one more than the largest it ever had) never reuses one.
CREATE TABLE ovh_farm (
    id              uuid        PRIMARY KEY,
    lb_id           uuid        NOT NULL,
    farm_id         bigint      NOT NULL,
    protocol        text        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    zone            text        NOT NULL,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false,
    UNIQUE (lb_id, farm_id)
);

-- A server belongs to its farm's aggregate: its events move the farm's version, which guards them.
CREATE TABLE ovh_server (
    farm            uuid        NOT NULL,
    server_id       bigint      NOT NULL,
    lb_id           uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    address         text        NOT NULL,
    status          text        NOT NULL,
    cookie          text,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (farm, server_id)
);

CREATE INDEX ovh_server_by_lb ON ovh_server (lb_id, server_id);

CREATE TABLE ovh_frontend (
    id                 uuid        PRIMARY KEY,
    lb_id              uuid        NOT NULL,
    frontend_id        bigint      NOT NULL,
    protocol           text        NOT NULL,
    organization_id    uuid        NOT NULL,
    project_id         uuid        NOT NULL,
    zone               text        NOT NULL,
    port               text        NOT NULL,
    default_backend_id uuid,
    spec               text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL,
    deleted            boolean     NOT NULL DEFAULT false,
    UNIQUE (lb_id, frontend_id)
);

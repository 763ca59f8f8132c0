-- ACLs of frontends, settings kept whole as the event contract's AclSpec JSON; they apply in ascending position.
CREATE TABLE acl (
    id              uuid        PRIMARY KEY,
    frontend_id     uuid        NOT NULL,
    lb_id           uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    region          text        NOT NULL,
    zone            text        NOT NULL,
    name            text        NOT NULL,
    position        integer     NOT NULL,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false
);

CREATE INDEX acl_by_frontend ON acl (frontend_id, created_at, id) WHERE NOT deleted;

-- Routes of frontends to backends of the same load balancer; the backend is a column because a backend in use by a
-- route cannot be deleted.
CREATE TABLE route (
    id              uuid        PRIMARY KEY,
    frontend_id     uuid        NOT NULL,
    backend_id      uuid        NOT NULL,
    lb_id           uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    region          text        NOT NULL,
    zone            text        NOT NULL,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false
);

CREATE INDEX route_by_frontend ON route (frontend_id, created_at, id) WHERE NOT deleted;
CREATE INDEX route_by_backend ON route (backend_id) WHERE NOT deleted;
CREATE INDEX route_by_project ON route (project_id, region, created_at, id) WHERE NOT deleted;

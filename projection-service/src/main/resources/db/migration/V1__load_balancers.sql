-- Read models are derived data: the projection-service is their only writer, and replaying the event log
-- into empty tables rebuilds them exactly. Every row carries its tenant: organization_id and project_id.

-- Where the projection stands on each partition of the event log. Written in the same transaction as the
-- read-model changes of the events before next_offset, so a redelivered event is recognised and skipped.
CREATE TABLE projection_offset (
    partition   integer PRIMARY KEY,
    next_offset bigint  NOT NULL
);

CREATE TABLE lb (
    id                    uuid        PRIMARY KEY,
    organization_id       uuid        NOT NULL,
    project_id            uuid        NOT NULL,
    region                text        NOT NULL,
    zone                  text        NOT NULL,
    name                  text        NOT NULL,
    description           text        NOT NULL,
    type                  text        NOT NULL,
    tags                  text[]      NOT NULL,
    status                text        NOT NULL,
    frontend_count        integer     NOT NULL DEFAULT 0,
    backend_count         integer     NOT NULL DEFAULT 0,
    route_count           integer     NOT NULL DEFAULT 0,
    private_network_count integer     NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    -- aggregate_version of the last event applied: an event applies only on top of its predecessor.
    version               bigint      NOT NULL,
    -- Deleted LBs stay as tombstones, so that a late duplicate of an old event cannot bring them back.
    deleted               boolean     NOT NULL DEFAULT false
);

CREATE INDEX lb_by_project_created ON lb (project_id, created_at, id) WHERE NOT deleted;
CREATE INDEX lb_by_project_name ON lb (project_id, name, id) WHERE NOT deleted;

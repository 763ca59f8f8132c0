-- Flexible IPs. An address is taken by at most one live IP: decisions make sure of it (see IpPools in the API);
-- released IPs stay as tombstones.
CREATE TABLE ip (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    region          text        NOT NULL,
    zone            text        NOT NULL,
    address         text        NOT NULL,
    ipv6            boolean     NOT NULL,
    reverse         text        NOT NULL,
    tags            text[]      NOT NULL,
    lb_id           uuid,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    released        boolean     NOT NULL DEFAULT false
);

CREATE INDEX ip_by_project ON ip (project_id, created_at, id) WHERE NOT released;
CREATE INDEX ip_by_zone ON ip (zone, address) WHERE NOT released;
CREATE INDEX ip_by_lb ON ip (lb_id) WHERE NOT released;

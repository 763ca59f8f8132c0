-- TLS certificates of load balancers, as the API shows them. The PEM bundle (with the private key) stays on the
-- event log for the data plane: the API never answers it, so it is not kept here.
CREATE TABLE certificate (
    id                       uuid        PRIMARY KEY,
    lb_id                    uuid        NOT NULL,
    organization_id          uuid        NOT NULL,
    project_id               uuid        NOT NULL,
    region                   text        NOT NULL,
    zone                     text        NOT NULL,
    name                     text        NOT NULL,
    type                     text        NOT NULL,
    common_name              text        NOT NULL,
    subject_alternative_name text[]      NOT NULL,
    fingerprint              text        NOT NULL,
    not_valid_before         timestamptz,
    not_valid_after          timestamptz,
    status                   text        NOT NULL,
    status_details           text,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    version                  bigint      NOT NULL,
    deleted                  boolean     NOT NULL DEFAULT false
);

CREATE INDEX certificate_by_lb ON certificate (lb_id, created_at, id) WHERE NOT deleted;

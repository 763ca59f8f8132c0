-- SSL certificates of OVH services: certificates of the shared aggregate, in OVH's model (what OVH shows of them;
-- the certificate, chain and key themselves stay on the log, for the data plane). Rows stay, marked deleted, so
-- that the next OVH id of a service never reuses one.
CREATE TABLE ovh_ssl (
    id              uuid        PRIMARY KEY,
    lb_id           uuid        NOT NULL,
    ssl_id          bigint      NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    display_name    text,
    subject         text        NOT NULL,
    san             text[]      NOT NULL,
    fingerprint     text        NOT NULL,
    serial          text        NOT NULL,
    expire_date     timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false,
    UNIQUE (lb_id, ssl_id)
);

-- The certificate an OVH frontend serves by default (its spec says it too; the column serves the list's filter).
ALTER TABLE ovh_frontend ADD COLUMN default_ssl_id uuid;

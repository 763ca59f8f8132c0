-- Subscribers to load balancer alerts, regional like Scaleway's. Their webhook secrets are the notifier's concern.
CREATE TABLE subscriber (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    region          text        NOT NULL,
    name            text        NOT NULL,
    email           text,
    webhook_uri     text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false
);

CREATE INDEX subscriber_by_project ON subscriber (project_id, region, created_at, id) WHERE NOT deleted;

ALTER TABLE lb ADD COLUMN subscriber_id uuid;
CREATE INDEX lb_by_subscriber ON lb (subscriber_id) WHERE subscriber_id IS NOT NULL AND NOT deleted;

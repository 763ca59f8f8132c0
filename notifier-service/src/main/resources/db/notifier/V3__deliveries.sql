-- What deliveries need beyond status changes: subscribers, subscriptions, the status of an LB's parts, and the
-- deliveries themselves.

-- Subscribers as the notifier needs them: where to send, and the secrets that sign their webhooks. A rotated
-- secret is kept as previous_secret until previous_secret_until, signing alongside the new one.
CREATE TABLE subscriber (
    id                      uuid        PRIMARY KEY,
    organization_id         uuid        NOT NULL,
    project_id              uuid        NOT NULL,
    name                    text        NOT NULL,
    email                   text,
    webhook_uri             text,
    secret                  text        NOT NULL,
    previous_secret         text,
    previous_secret_until   timestamptz,
    -- Set when a receiver answered 410 Gone; an update of the subscriber clears it.
    webhook_disabled_reason text,
    deleted                 boolean     NOT NULL DEFAULT false,
    version                 bigint      NOT NULL
);

-- The status of every resource whose changes are alerted (LBs, backend servers, certificates, private network
-- attachments), as last seen: a change says what it changed from. resource_key tells apart the servers of a
-- backend (their IP); it is empty for the others.
CREATE TABLE resource_status (
    resource_type text   NOT NULL,
    resource_id   uuid   NOT NULL,
    resource_key  text   NOT NULL,
    lb_id         uuid   NOT NULL,
    name          text   NOT NULL,
    status        text   NOT NULL,
    version       bigint NOT NULL,
    PRIMARY KEY (resource_type, resource_id, resource_key)
);
INSERT INTO resource_status (resource_type, resource_id, resource_key, lb_id, name, status, version)
SELECT 'lb', lb_id, '', lb_id, name, status, version FROM lb_status;

-- lb_status keeps what every alert of an LB needs: its name and its subscriber.
ALTER TABLE lb_status DROP COLUMN status;
ALTER TABLE lb_status ADD COLUMN subscriber_id uuid;

ALTER TABLE status_change ADD COLUMN event_type text NOT NULL DEFAULT '';
ALTER TABLE status_change ADD COLUMN resource_name text NOT NULL DEFAULT '';
ALTER TABLE status_change ADD COLUMN last_health_check_status text;

-- One delivery per (event, subscriber, channel), owed in the transaction that reads the event. A worker claims
-- due ones with FOR UPDATE SKIP LOCKED and pushes next_attempt_at past the longest send (a lease), so that no
-- other replica takes them while they are in flight; attempts fences a late answer from a lease that expired.
CREATE TABLE delivery (
    id               uuid        PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES status_change (event_id),
    subscriber_id    uuid        NOT NULL REFERENCES subscriber (id),
    channel          text        NOT NULL CHECK (channel IN ('webhook', 'email')),
    status           text        NOT NULL CHECK (status IN ('pending', 'delivered', 'dead_letter', 'cancelled')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    delivered_at     timestamptz,
    UNIQUE (event_id, subscriber_id, channel)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_by_subscriber ON delivery (subscriber_id, created_at DESC, id);

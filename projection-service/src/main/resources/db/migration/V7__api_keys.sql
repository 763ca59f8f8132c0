-- API keys for Scaleway's clients (X-Auth-Token). The secret itself is never stored: only its SHA-256.
CREATE TABLE api_key (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    access_key      text        NOT NULL,
    secret_sha256   text        NOT NULL,
    description     text        NOT NULL,
    subject         text        NOT NULL,
    subject_name    text        NOT NULL,
    subject_type    text        NOT NULL,
    project_ids     uuid[]      NOT NULL,
    roles           text[]      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    revoked         boolean     NOT NULL DEFAULT false
);

CREATE INDEX api_key_by_secret ON api_key (secret_sha256) WHERE NOT revoked;
CREATE INDEX api_key_by_subject ON api_key (subject, created_at) WHERE NOT revoked;

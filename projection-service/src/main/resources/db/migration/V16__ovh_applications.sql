-- OVH applications (application key + secret) and their consumer keys, for the OVH IP Load Balancing dialect.
-- The application secret is kept encrypted (the API decrypts it to check SHA-1 signatures); consumer keys only as
-- their SHA-256, since clients send them in clear with every request.
CREATE TABLE ovh_application (
    id                uuid        PRIMARY KEY,
    organization_id   uuid        NOT NULL,
    application_key   text        NOT NULL,
    secret_ciphertext text        NOT NULL,
    name              text        NOT NULL,
    description       text        NOT NULL,
    subject           text        NOT NULL,
    subject_name      text        NOT NULL,
    subject_type      text        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    deleted           boolean     NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX ovh_application_by_key ON ovh_application (application_key) WHERE NOT deleted;
CREATE INDEX ovh_application_by_subject ON ovh_application (subject, created_at) WHERE NOT deleted;

-- status: pendingValidation until a user validates it, then validated (OVH's CredentialStateEnum values).
CREATE TABLE ovh_credential (
    id                  uuid        PRIMARY KEY,
    organization_id     uuid        NOT NULL,
    application_id      uuid        NOT NULL,
    consumer_key_sha256 text        NOT NULL,
    rule_methods        text[]      NOT NULL,
    rule_paths          text[]      NOT NULL,
    redirection         text,
    status              text        NOT NULL,
    subject             text,
    subject_name        text,
    subject_type        text,
    project_ids         uuid[],
    roles               text[],
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL
);

CREATE UNIQUE INDEX ovh_credential_by_consumer_key ON ovh_credential (consumer_key_sha256);

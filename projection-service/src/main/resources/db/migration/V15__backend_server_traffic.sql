-- Traffic through each server of an LB's backends, as the data plane last counted it (HAProxy's counters since
-- its start). Written by the API's data-plane door at an interval, not projected from the log: it changes with
-- every request, and a rebuild of the read models leaves it alone.
CREATE TABLE backend_server_traffic (
    lb_id            uuid        NOT NULL,
    backend_id       uuid        NOT NULL,
    ip               text        NOT NULL,
    instance_id      text        NOT NULL,
    current_sessions bigint      NOT NULL,
    total_sessions   bigint      NOT NULL,
    bytes_in         bigint      NOT NULL,
    bytes_out        bigint      NOT NULL,
    session_rate     bigint      NOT NULL,
    observed_at      timestamptz NOT NULL,
    PRIMARY KEY (lb_id, backend_id, ip)
);

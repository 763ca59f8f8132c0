-- What the data plane last observed of each backend server: the stats read model behind backend-stats. A server
-- of a pool without a row here has not been observed yet, and is answered as stopped, its health check unknown.
CREATE TABLE backend_server_stats (
    backend_id               uuid        NOT NULL,
    ip                       text        NOT NULL,
    lb_id                    uuid        NOT NULL,
    instance_id              text        NOT NULL,
    server_state             text        NOT NULL,
    server_state_changed_at  timestamptz,
    last_health_check_status text        NOT NULL,
    observed_at              timestamptz NOT NULL,
    PRIMARY KEY (backend_id, ip)
);

CREATE INDEX backend_server_stats_by_lb ON backend_server_stats (lb_id);

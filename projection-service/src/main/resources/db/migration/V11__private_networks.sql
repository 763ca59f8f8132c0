-- Attachments of load balancers to private networks: one per (load balancer, private network) at a time.
CREATE TABLE private_network_attachment (
    id                 uuid        PRIMARY KEY,
    lb_id              uuid        NOT NULL,
    private_network_id uuid        NOT NULL,
    organization_id    uuid        NOT NULL,
    project_id         uuid        NOT NULL,
    region             text        NOT NULL,
    zone               text        NOT NULL,
    ipam_ids           uuid[]      NOT NULL,
    static_addresses   text[],
    dhcp_ip_id         uuid,
    status             text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL,
    deleted            boolean     NOT NULL DEFAULT false
);

CREATE INDEX private_network_attachment_by_lb ON private_network_attachment (lb_id, created_at, id) WHERE NOT deleted;

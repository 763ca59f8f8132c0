-- OVH routes and their rules (the OVH dialect's http and tcp routing). A route belongs to a service and, through
-- frontend, to one OVH frontend (null: none); its settings are the event contract's OvhRouteSpec as JSON. Rules
-- belong to their route's aggregate: their events move the route's version, which guards them. Rows stay, marked
-- deleted, so that the next OVH id of a service (one more than the largest it ever had) never reuses one.
CREATE TABLE ovh_route (
    id              uuid        PRIMARY KEY,
    lb_id           uuid        NOT NULL,
    route_id        bigint      NOT NULL,
    protocol        text        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    frontend        uuid,
    farm            uuid,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false,
    UNIQUE (lb_id, route_id)
);

CREATE INDEX ovh_route_by_frontend ON ovh_route (frontend) WHERE NOT deleted;
CREATE INDEX ovh_route_by_farm ON ovh_route (farm) WHERE NOT deleted;

CREATE TABLE ovh_rule (
    route           uuid        NOT NULL,
    rule_id         bigint      NOT NULL,
    lb_id           uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    spec            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (route, rule_id)
);

CREATE INDEX ovh_rule_by_lb ON ovh_rule (lb_id, rule_id);

-- OVH tasks of each load balancer (refreshIplb: applying the staged OVH configuration). Ids count per service, as
-- OVH's clients expect; a task only moves forward (todo, doing, then done or error with a reason).
CREATE TABLE ovh_task (
    lb_id           uuid        NOT NULL,
    task_id         bigint      NOT NULL,
    organization_id uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    action          text        NOT NULL,
    status          text        NOT NULL,
    reason          text,
    zones           text[]      NOT NULL,
    created_at      timestamptz NOT NULL,
    done_at         timestamptz,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (lb_id, task_id)
);

-- The deadline sweep looks for tasks still running.
CREATE INDEX ovh_task_running ON ovh_task (created_at) WHERE status IN ('todo', 'doing');

-- aftersales schema version 14 for PostgreSQL: maintenance plans and their tasks (rule WA-3).
-- maintenance_plan: one row per estate, component and scope (id = estate/component/SCOPE) with the
-- interval in months and the task code; optimistic version. maintenance_task: one row per plan,
-- target (unit or building id) and due date, inserted once; done_at and done_by_* are set when its
-- completion is recorded. The index on (estate, due date) serves the query of overdue tasks.
CREATE TABLE ${prefix}maintenance_plan (
    id              VARCHAR(200) COLLATE "C" NOT NULL PRIMARY KEY,
    estate_id       VARCHAR(64) COLLATE "C" NOT NULL,
    component_key   VARCHAR(100) COLLATE "C" NOT NULL,
    scope           VARCHAR(16) COLLATE "C" NOT NULL,
    interval_months INTEGER NOT NULL,
    task_code       VARCHAR(64) COLLATE "C" NOT NULL,
    version         BIGINT NOT NULL
);

CREATE INDEX ${prefix}maintenance_plan_estate_ix ON ${prefix}maintenance_plan (estate_id, component_key, scope);

CREATE TABLE ${prefix}maintenance_task (
    estate_id     VARCHAR(64) COLLATE "C" NOT NULL,
    component_key VARCHAR(100) COLLATE "C" NOT NULL,
    scope         VARCHAR(16) COLLATE "C" NOT NULL,
    target_id     VARCHAR(64) COLLATE "C" NOT NULL,
    due_date      DATE NOT NULL,
    done_at       TIMESTAMP(6) WITH TIME ZONE,
    done_by_kind  VARCHAR(16),
    done_by_id    VARCHAR(64) COLLATE "C",
    version       BIGINT NOT NULL,
    PRIMARY KEY (estate_id, component_key, scope, target_id, due_date)
);

CREATE INDEX ${prefix}maintenance_task_due_ix ON ${prefix}maintenance_task (estate_id, due_date, target_id);

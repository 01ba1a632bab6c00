-- aftersales schema version 14 for MariaDB 10.3+ and MySQL 8: maintenance plans and their tasks
-- (rule WA-3). maintenance_plan: one row per estate, component and scope (id = estate/component/SCOPE)
-- with the interval in months and the task code; optimistic version. maintenance_task: one row per
-- plan, target (unit or building id) and due date, inserted once; done_at and done_by_* are set when
-- its completion is recorded. The index on (estate, due date) serves the query of overdue tasks.
CREATE TABLE ${prefix}maintenance_plan (
    id              VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    estate_id       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    component_key   VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    scope           VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    interval_months INTEGER NOT NULL,
    task_code       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version         BIGINT NOT NULL,
    KEY ${prefix}maintenance_plan_estate_ix (estate_id, component_key, scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}maintenance_task (
    estate_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    component_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    scope         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    target_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    due_date      DATE NOT NULL,
    done_at       DATETIME(6),
    done_by_kind  VARCHAR(16),
    done_by_id    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin,
    version       BIGINT NOT NULL,
    PRIMARY KEY (estate_id, component_key, scope, target_id, due_date),
    KEY ${prefix}maintenance_task_due_ix (estate_id, due_date, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

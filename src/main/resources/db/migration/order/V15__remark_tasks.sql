-- The order clerk's list (打单/审单). Every remark an agent writes in Kefu waits here until the clerk has read
-- it and acted on it before printing (seed 000: "第一时间通知打单的同事"). Remarks that arrive with imported
-- orders are history and get no task.

create table remark_task (
    id          bigint generated always as identity primary key,
    -- the order's shop, copied from the order when the task is opened: the list is read by shop and status
    shop_id     bigint      not null references shop (id) on delete cascade,
    order_id    bigint      not null references shop_order (id) on delete cascade,
    remark_id   bigint      not null unique references order_remark (id) on delete cascade,
    kind        text        not null check (kind in ('ADDRESS', 'ATTRIBUTE', 'COURIER', 'GIFT', 'OTHER')),
    status      text        not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    handled_by  bigint references agent (id) on delete set null,
    handled_at  timestamptz,
    check ((status = 'DONE') = (handled_at is not null))
);
create index remark_task_shop_status_idx on remark_task (shop_id, status, handled_at);
create index remark_task_order_idx on remark_task (order_id);

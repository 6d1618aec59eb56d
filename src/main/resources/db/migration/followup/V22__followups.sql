-- Follow-ups (跟进): the pre-sales agent's tasks after the chat, first of all the four-touch payment reminder
-- (催付) of seed 000 客服售前工作流程. A task is worked touch by touch until it closes with an outcome the
-- supervisor can read.

create table followup_settings (
    shop_id                 bigint primary key references shop (id) on delete cascade,
    reminder_delay_minutes  integer not null check (reminder_delay_minutes between 0 and 1440),
    overdue_hours           integer not null check (overdue_hours between 1 and 72),
    reminder_window_hours   integer not null check (reminder_window_hours between 1 and 168),
    message_start           time    not null,
    message_end             time    not null,
    -- the phone windows, shop time, e.g. {10:00-11:30,14:30-17:30}
    call_windows            text[]  not null,
    reasons                 text[]  not null,
    review_days             integer not null check (review_days between 0 and 60),
    cut_off                 time    not null,
    gift                    text    not null,
    check (message_start < message_end)
);

create table followup_task (
    id             bigint generated always as identity primary key,
    shop_id        bigint        not null references shop (id) on delete cascade,
    kind           text          not null check (kind in ('PAYMENT_REMINDER', 'INQUIRY', 'OFFLINE_MESSAGE',
                                                         'REVIEW_REMINDER', 'AFTER_SALES_VISIT', 'SECOND_MARKETING')),
    order_id       bigint references shop_order (id) on delete cascade,
    buyer_id       bigint        not null references buyer (id) on delete cascade,
    -- null while the task waits for anyone of the pre-sales group
    agent_id       bigint references agent (id) on delete set null,
    -- when the thing followed up happened (the order was placed), and when the task falls due
    started_at     timestamptz   not null,
    due_at         timestamptz   not null,
    status         text          not null default 'OPEN'
                   check (status in ('OPEN', 'SUCCEEDED', 'PAID', 'CANCELLED', 'UNPAID', 'DONE')),
    reason         text,
    reason_note    text,
    closed_at      timestamptz,
    -- the buyer-paid amount when the order was paid: 挽回金额 adds it up
    paid_amount    numeric(12,2),
    check ((status = 'OPEN') = (closed_at is null))
);
-- one payment reminder per order, however often its import is repeated
create unique index followup_task_order_kind_idx on followup_task (order_id, kind) where order_id is not null;
create index followup_task_shop_due_idx on followup_task (shop_id, status, due_at);
create index followup_task_shop_started_idx on followup_task (shop_id, started_at);

create table followup_touch (
    id          bigint generated always as identity primary key,
    task_id     bigint      not null references followup_task (id) on delete cascade,
    step        integer     not null check (step between 1 and 4),
    channel     text        not null check (channel in ('MESSAGE', 'PHONE')),
    outcome     text        not null check (outcome in ('SENT', 'SENT_IN_CLIENT', 'ANSWERED', 'NOT_ANSWERED',
                                                        'PROMISED', 'REFUSED')),
    agent_id    bigint references agent (id) on delete set null,
    at          timestamptz not null,
    note        text,
    unique (task_id, step)
);

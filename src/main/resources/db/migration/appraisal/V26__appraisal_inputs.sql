-- Appraisal (考核): what the supervisor gives for a month beyond Kefu's own figures — the month's commission rate
-- and bonus amount; per agent the sales target, base pay, level reward, best typing test, and low ratings and
-- named positive reviews recorded by hand; the reward/penalty sheet (奖罚评分表); cheating (作弊) records; and the
-- month's approval, with every submit, approval and reopening kept. A month or an agent without a row has the
-- defaults.

create table appraisal_month (
    shop_id          bigint        not null references shop (id) on delete cascade,
    month            date          not null check (extract(day from month) = 1),
    commission_rate  numeric(7,6)  not null check (commission_rate between 0 and 1),
    bonus_amount     numeric(12,2) not null check (bonus_amount >= 0),
    status           text          not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED', 'APPROVED')),
    primary key (shop_id, month)
);

create table appraisal_input (
    shop_id          bigint        not null,
    month            date          not null,
    agent_id         bigint        not null references agent (id) on delete cascade,
    sales_target     numeric(14,2) not null check (sales_target >= 0),
    base_pay         numeric(12,2) not null check (base_pay >= 0),
    level_reward     numeric(12,2) not null check (level_reward >= 0),
    typing_cpm       integer check (typing_cpm between 0 and 1000),
    typing_accuracy  numeric(5,4) check (typing_accuracy between 0 and 1),
    low_ratings      integer       not null check (low_ratings between 0 and 100000),
    named_reviews    integer       not null check (named_reviews between 0 and 100000),
    primary key (shop_id, month, agent_id),
    foreign key (shop_id, month) references appraisal_month (shop_id, month) on delete cascade,
    check ((typing_cpm is null) = (typing_accuracy is null))
);

-- 奖罚评分表: dated entries per agent, yuan (±) and KPI points (±), each with its reason
create table appraisal_sheet_entry (
    id          bigint generated always as identity primary key,
    shop_id     bigint        not null,
    month       date          not null,
    agent_id    bigint        not null references agent (id) on delete cascade,
    day         date          not null check (date_trunc('month', day) = month),
    amount      numeric(12,2) not null check (amount between -100000 and 100000),
    kpi_points  numeric(6,2)  not null check (kpi_points between -100 and 100),
    reason      text          not null check (length(trim(reason)) > 0),
    entered_by  bigint references agent (id) on delete set null,
    entered_at  timestamptz   not null,
    foreign key (shop_id, month) references appraisal_month (shop_id, month) on delete cascade
);
create index appraisal_sheet_entry_month_idx on appraisal_sheet_entry (shop_id, month);

-- 作弊: any record voids the agent's indicator bonuses of the month
create table appraisal_cheating (
    id          bigint generated always as identity primary key,
    shop_id     bigint      not null,
    month       date        not null,
    agent_id    bigint      not null references agent (id) on delete cascade,
    day         date        not null check (date_trunc('month', day) = month),
    note        text        not null check (length(trim(note)) > 0),
    entered_by  bigint references agent (id) on delete set null,
    entered_at  timestamptz not null,
    foreign key (shop_id, month) references appraisal_month (shop_id, month) on delete cascade
);

-- the audit trail of a month's approval
create table appraisal_event (
    id        bigint generated always as identity primary key,
    shop_id   bigint      not null,
    month     date        not null,
    action    text        not null check (action in ('SUBMITTED', 'APPROVED', 'REOPENED')),
    agent_id  bigint references agent (id) on delete set null,
    at        timestamptz not null,
    reason    text,
    foreign key (shop_id, month) references appraisal_month (shop_id, month) on delete cascade,
    check (action <> 'REOPENED' or length(trim(reason)) > 0)
);

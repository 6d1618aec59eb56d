-- Service figures: each shop's settings, the facts the calculators produce, and the business days
-- waiting to be recomputed.

create table figure_settings (
    shop_id                      bigint primary key references shop (id) on delete cascade,
    judge_rule                   text          not null check (judge_rule in ('ORDER', 'PAYMENT', 'ORDER_FIRST')),
    validity_days                integer       not null check (validity_days between 1 and 15),
    after_sales_days             integer       not null check (after_sales_days between 0 and 30),
    grace_minutes                integer       not null check (grace_minutes between 0 and 360),
    service_start                time          not null,
    service_end                  time          not null,
    slow_seconds                 integer       not null check (slow_seconds > 0),
    filter_own_accounts          boolean       not null,
    own_accounts                 text[]        not null,
    filter_empty_chats           boolean       not null,
    excluded_flags               text[]        not null,
    weekly_conversion_target     double precision check (weekly_conversion_target between 0 and 1),
    avg_response_target_seconds  double precision check (avg_response_target_seconds > 0),
    monthly_sales_target         numeric(12,2) check (monthly_sales_target >= 0)
);

-- 接待: one agent, one buyer, one business day; filtered receptions are not stored
create table reception_fact (
    id              bigint generated always as identity primary key,
    shop_id         bigint      not null references shop (id) on delete cascade,
    day             date        not null,
    agent_id        bigint      not null references agent (id) on delete cascade,
    buyer_id        bigint      not null references buyer (id) on delete cascade,
    first_in_at     timestamptz not null,
    -- the agent's human messages to the buyer from the start of the day to its end plus the grace
    human_times     timestamptz[] not null,
    grace_messages  integer     not null,
    inquiry         boolean     not null,
    -- the sums its figures add up from, so that a month adds up without reading the runs
    runs                    integer          not null,
    answered_runs           integer          not null,
    response_seconds        double precision not null,
    first_response_seconds  double precision,
    window_runs             integer          not null,
    window_fast_runs        integer          not null,
    slow_runs               integer          not null,
    in_messages             integer          not null,
    human_messages          integer          not null,
    unique (shop_id, day, agent_id, buyer_id)
);
create index reception_fact_buyer_idx on reception_fact (shop_id, buyer_id, day);

create table run_fact (
    reception_id      bigint      not null references reception_fact (id) on delete cascade,
    first_message_id  bigint      not null,
    first_at          timestamptz not null,
    last_at           timestamptz not null,
    messages          integer     not null,
    all_cards         boolean     not null,
    answered_at       timestamptz
);
create index run_fact_reception_idx on run_fact (reception_id);

-- 未接待: a buyer whose runs of a day nobody owned
create table unreceived_fact (
    shop_id    bigint  not null references shop (id) on delete cascade,
    day        date    not null,
    buyer_id   bigint  not null references buyer (id) on delete cascade,
    runs       integer not null,
    all_cards  boolean not null,
    primary key (shop_id, day, buyer_id)
);

-- 落实: to whom each order is credited under each judge rule; agent null for a silent order
create table credited_order (
    order_id       bigint not null references shop_order (id) on delete cascade,
    judge_rule     text   not null check (judge_rule in ('ORDER', 'PAYMENT', 'ORDER_FIRST')),
    shop_id        bigint not null references shop (id) on delete cascade,
    agent_id       bigint references agent (id) on delete cascade,
    reception_day  date,
    judged_at      timestamptz,
    primary key (order_id, judge_rule)
);
create index credited_order_agent_idx on credited_order (shop_id, agent_id, judge_rule);

-- business days whose messages or orders changed since their facts were computed
create table figure_pending (
    id            bigint generated always as identity primary key,
    shop_id       bigint      not null references shop (id) on delete cascade,
    first_day     date        not null,
    last_day      date        not null,
    requested_at  timestamptz not null default now(),
    check (first_day <= last_day)
);
create index figure_pending_shop_idx on figure_pending (shop_id, first_day);

-- shops whose whole history has been queued once
create table figure_history (
    shop_id    bigint primary key references shop (id) on delete cascade,
    queued_at  timestamptz not null default now()
);

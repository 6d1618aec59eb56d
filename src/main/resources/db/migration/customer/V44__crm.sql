-- The CRM (客户): a buyer's notes, tags, groups (客户组) with their rules, activity records (活动记录) and phone calls.
-- A customer is a buyer of one shop; its id is the buyer's.

create table customer_note (
    buyer_id    bigint      primary key references buyer (id) on delete cascade,
    shop_id     bigint      not null references shop (id) on delete cascade,
    notes       text        not null check (length(notes) <= 2000),
    updated_by  bigint references agent (id) on delete set null,
    updated_at  timestamptz not null
);

create table customer_tag (
    buyer_id  bigint      not null references buyer (id) on delete cascade,
    shop_id   bigint      not null references shop (id) on delete cascade,
    tag       text        not null check (length(trim(tag)) between 1 and 20),
    added_by  bigint references agent (id) on delete set null,
    added_at  timestamptz not null,
    primary key (buyer_id, tag)
);
create index customer_tag_shop_idx on customer_tag (shop_id, tag);

-- a group is filled by hand, and by its rule when it has one: spend at least, paid orders at least, a low rating given
create table customer_group (
    id               bigint generated always as identity primary key,
    shop_id          bigint        not null references shop (id) on delete cascade,
    name             text          not null check (length(trim(name)) between 1 and 20),
    min_spend        numeric(12,2) check (min_spend > 0),
    min_orders       integer       check (min_orders > 0),
    low_rating       boolean       not null default false,
    created_at       timestamptz   not null,
    unique (shop_id, name)
);

create table customer_group_member (
    group_id  bigint      not null references customer_group (id) on delete cascade,
    buyer_id  bigint      not null references buyer (id) on delete cascade,
    how       text        not null check (how in ('HAND', 'RULE')),
    added_by  bigint references agent (id) on delete set null,
    added_at  timestamptz not null,
    primary key (group_id, buyer_id)
);
create index customer_group_member_buyer_idx on customer_group_member (buyer_id);

-- contacts recorded by hand: a visit, a promotion sent, anything that is neither a chat nor a call
create table customer_activity (
    id           bigint generated always as identity primary key,
    shop_id      bigint      not null references shop (id) on delete cascade,
    buyer_id     bigint      not null references buyer (id) on delete cascade,
    kind         text        not null check (kind in ('MARKETING', 'VISIT', 'GIFT', 'OTHER')),
    happened_at  timestamptz not null,
    summary      text        not null check (length(trim(summary)) between 1 and 500),
    agent_id     bigint references agent (id) on delete set null,
    recorded_at  timestamptz not null
);
create index customer_activity_buyer_idx on customer_activity (buyer_id, happened_at desc);

create table customer_call (
    id                bigint generated always as identity primary key,
    shop_id           bigint      not null references shop (id) on delete cascade,
    buyer_id          bigint      not null references buyer (id) on delete cascade,
    agent_id          bigint references agent (id) on delete set null,
    direction         text        not null check (direction in ('IN', 'OUT')),
    started_at        timestamptz not null,
    duration_seconds  integer     not null check (duration_seconds between 0 and 86400),
    outcome           text        not null check (outcome in ('REACHED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'CALL_BACK')),
    notes             text        not null default '' check (length(notes) <= 2000),
    -- the etiquette steps of seed 003 the agent ticked (INTRODUCED, FIVE_W, CONFIRMED, BUYER_HUNG_UP_FIRST)
    etiquette         text[]      not null default '{}',
    recorded_at       timestamptz not null
);
create index customer_call_buyer_idx on customer_call (buyer_id, started_at desc);
create index customer_call_shop_idx on customer_call (shop_id, started_at desc);

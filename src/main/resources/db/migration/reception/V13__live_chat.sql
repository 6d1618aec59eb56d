-- Live chat: conversations (会话) between a buyer and the shop's agents, with per-conversation sequence numbers on
-- their messages, agents' presence, routing history, handover notes (交接), offline messages (留言) and each shop's
-- chat settings. Imported messages belong to no conversation and keep conversation_id and seq null.

create table conversation (
    id                   bigint generated always as identity primary key,
    shop_id              bigint      not null references shop (id) on delete cascade,
    buyer_id             bigint      not null references buyer (id) on delete cascade,
    thread_id            bigint      not null,
    -- WAITING: the buyer waits for an agent (in the queue when agent_id is null, else for the assigned agent's
    -- first reply); ACTIVE: the assigned agent has replied; CLOSED: over
    status               text        not null check (status in ('WAITING', 'ACTIVE', 'CLOSED')),
    skill_group          text        not null check (skill_group in ('PRE_SALES', 'AFTER_SALES')),
    agent_id             bigint references agent (id) on delete set null,
    -- the agent who served the buyer last before this conversation (imported history included): routing's first
    -- choice, read once when the conversation opens
    last_agent_id        bigint references agent (id) on delete set null,
    opened_at            timestamptz not null,
    -- the place in the queue: arrival, kept when an agent hands an unanswered buyer back
    queued_at            timestamptz not null,
    assigned_at          timestamptz,
    answered_at          timestamptz,
    closed_at            timestamptz,
    -- the buyer's earliest message not yet followed by an agent's reply: the workbench's wait timer
    buyer_waiting_since  timestamptz,
    last_seq             integer     not null default 0,
    foreign key (thread_id, shop_id) references thread (id, shop_id) on delete cascade,
    check ((status = 'CLOSED') = (closed_at is not null))
);
-- a buyer has at most one open conversation with a shop
create unique index conversation_open_buyer_key on conversation (shop_id, buyer_id) where status <> 'CLOSED';
create index conversation_queue_idx on conversation (shop_id, queued_at, id) where status = 'WAITING' and agent_id is null;
create index conversation_agent_open_idx on conversation (agent_id) where status <> 'CLOSED';
create index conversation_shop_closed_idx on conversation (shop_id, closed_at) where status = 'CLOSED';

alter table message add column conversation_id bigint references conversation (id) on delete set null;
alter table message add column seq integer;
alter table message add constraint message_seq_with_conversation check ((conversation_id is null) = (seq is null));
create unique index message_conversation_seq_key on message (conversation_id, seq) where conversation_id is not null;

-- whether an agent takes buyers now; an agent without a row is offline
create table agent_presence (
    agent_id   bigint      primary key references agent (id) on delete cascade,
    shop_id    bigint      not null references shop (id) on delete cascade,
    presence   text        not null check (presence in ('ONLINE', 'BUSY', 'AWAY', 'OFFLINE')),
    since      timestamptz not null
);
create index agent_presence_shop_idx on agent_presence (shop_id);

-- every time a conversation was given to an agent: the daily limit of newly certified agents counts these
create table assignment (
    id               bigint generated always as identity primary key,
    shop_id          bigint      not null references shop (id) on delete cascade,
    conversation_id  bigint      not null references conversation (id) on delete cascade,
    buyer_id         bigint      not null references buyer (id) on delete cascade,
    agent_id         bigint      not null references agent (id) on delete cascade,
    how              text        not null check (how in ('ROUTED', 'ACCEPTED', 'TRANSFERRED', 'TAKEN_OVER')),
    assigned_at      timestamptz not null
);
create index assignment_shop_time_idx on assignment (shop_id, assigned_at);

-- 交接: why a conversation went from one agent to another agent or back to a skill group's queue
create table handover (
    id               bigint generated always as identity primary key,
    conversation_id  bigint      not null references conversation (id) on delete cascade,
    from_agent_id    bigint references agent (id) on delete set null,
    to_agent_id      bigint references agent (id) on delete set null,
    to_skill_group   text check (to_skill_group in ('PRE_SALES', 'AFTER_SALES')),
    note             text        not null,
    handed_at        timestamptz not null
);
create index handover_conversation_idx on handover (conversation_id, handed_at);

-- 留言: what a buyer left when nobody was online, for the next agent on duty
create table offline_message (
    id               bigint generated always as identity primary key,
    shop_id          bigint      not null references shop (id) on delete cascade,
    buyer_id         bigint      not null references buyer (id) on delete cascade,
    conversation_id  bigint references conversation (id) on delete set null,
    skill_group      text        not null check (skill_group in ('PRE_SALES', 'AFTER_SALES')),
    content          text        not null,
    contact          text,
    left_at          timestamptz not null,
    handled_by       bigint references agent (id) on delete set null,
    handled_at       timestamptz
);
create index offline_message_open_idx on offline_message (shop_id, left_at) where handled_at is null;

-- each shop's auto-replies and limits; a shop without a row has the defaults
create table chat_settings (
    shop_id                   bigint  primary key references shop (id) on delete cascade,
    welcome_text              text    not null,
    away_text                 text    not null,
    busy_text                 text    not null,
    concurrency_cap           integer not null check (concurrency_cap between 1 and 50),
    after_sales_window_days   integer not null check (after_sales_window_days between 0 and 90)
);

-- an agent's own concurrency cap, where the supervisor set one
create table agent_chat_cap (
    agent_id  bigint  primary key references agent (id) on delete cascade,
    shop_id   bigint  not null references shop (id) on delete cascade,
    cap       integer not null check (cap between 1 and 50)
);

-- the key that signs visitor tokens when KEFU_CHAT_SECRET is not set: generated once, shared by every node
create table chat_secret (
    id      integer primary key check (id = 1),
    secret  bytea   not null
);

-- Threads: every message between one buyer and the shop, ordered by time, then by id (arrival order).

create table thread (
    id        bigint generated always as identity primary key,
    shop_id   bigint not null references shop (id) on delete cascade,
    buyer_id  bigint not null references buyer (id) on delete cascade,
    unique (shop_id, buyer_id)
);

create table message (
    id            bigint generated always as identity primary key,
    thread_id     bigint      not null references thread (id) on delete cascade,
    shop_id       bigint      not null references shop (id) on delete cascade,
    direction     text        not null check (direction in ('IN', 'OUT')),
    kind          text        not null check (kind in ('TEXT', 'MEDIA', 'CARD', 'SYSTEM', 'AUTO_REPLY')),
    agent_id      bigint references agent (id) on delete set null,
    sent_at       timestamptz not null,
    content       text        not null,
    -- identifies a message across overlapping imports and client retries
    external_key  text,
    unique (shop_id, external_key)
);
create index message_thread_time_idx on message (thread_id, sent_at, id);
create index message_shop_time_idx on message (shop_id, sent_at);

-- 交接班: what an agent leaving a shift writes about a case still open (a buyer waiting for an answer, a parcel to
-- chase), for the next shift to see on the daily start and beside the buyer's conversation, until one of them
-- marks it taken care of.
create table shift_note (
    id               bigint generated always as identity primary key,
    shop_id          bigint      not null references shop (id) on delete cascade,
    buyer_id         bigint      not null references buyer (id) on delete cascade,
    conversation_id  bigint references conversation (id) on delete set null,
    author_id        bigint references agent (id) on delete set null,
    note             text        not null check (length(trim(note)) between 1 and 1000),
    written_at       timestamptz not null,
    done_by          bigint references agent (id) on delete set null,
    done_at          timestamptz
);
create index shift_note_open_idx on shift_note (shop_id, written_at) where done_at is null;
create index shift_note_buyer_idx on shift_note (buyer_id, written_at desc);

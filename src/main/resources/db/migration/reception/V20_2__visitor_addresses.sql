-- The client address each visitor session was opened from, to limit sessions and queued buyers per address
-- (docs/chat.md, "Limits per address"). One row per visitor session, i.e. per buyer made by one; kept only as
-- long as the session's token lives, then deleted.
create table visitor_address (
    buyer_id    bigint      primary key references buyer (id) on delete cascade,
    address     text        not null,
    created_at  timestamptz not null
);
create index visitor_address_recent_idx on visitor_address (address, created_at);
create index visitor_address_age_idx on visitor_address (created_at);

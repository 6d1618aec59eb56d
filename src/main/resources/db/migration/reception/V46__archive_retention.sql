-- What the archive indexes must forget: a buyer's messages erased (buyer_id), or a shop's messages before a day
-- (before_day, the retention setting). Every node's index applies the rows past the last one it applied.
create table archive_erasure (
    id          bigint generated always as identity primary key,
    shop_id     bigint      not null references shop (id) on delete cascade,
    buyer_id    bigint,
    before_day  date,
    erased_at   timestamptz not null default now(),
    check ((buyer_id is null) <> (before_day is null))
);

-- how long a shop keeps its chat records; no row: all of them
create table archive_settings (
    shop_id      bigint  primary key references shop (id) on delete cascade,
    keep_months  integer check (keep_months between 1 and 120)
);

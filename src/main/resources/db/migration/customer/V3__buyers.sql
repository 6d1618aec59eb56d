-- Buyers (买家) of a shop, known by their marketplace member name (买家会员名).

create table buyer (
    id          bigint generated always as identity primary key,
    shop_id     bigint      not null references shop (id) on delete cascade,
    nick        text        not null check (length(trim(nick)) > 0),
    phone       text,
    region      text,
    first_seen  timestamptz not null default now(),
    unique (shop_id, nick)
);

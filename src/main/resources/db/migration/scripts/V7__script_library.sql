-- The script library (话术库 / 快捷短语): groups of scripts, each with an optional shortcut code and one or more
-- variants of its text (three for frequent questions, used in turn).

create table script_group (
    id        bigint generated always as identity primary key,
    shop_id   bigint  not null references shop (id) on delete cascade,
    name      text    not null check (length(trim(name)) > 0),
    position  integer not null default 0,
    unique (shop_id, name)
);

create table script (
    id              bigint generated always as identity primary key,
    shop_id         bigint  not null references shop (id) on delete cascade,
    group_id        bigint  not null references script_group (id) on delete cascade,
    shortcut_code   text check (shortcut_code ~ '^\S{1,20}$'),
    team            boolean not null default true,
    created_at      timestamptz not null default now()
);
create unique index script_code_idx on script (shop_id, shortcut_code) where shortcut_code is not null;
create index script_group_idx on script (group_id);

create table script_variant (
    id         bigint generated always as identity primary key,
    script_id  bigint  not null references script (id) on delete cascade,
    position   integer not null,
    text       text    not null check (length(trim(text)) > 0),
    image      text,
    unique (script_id, text)
);

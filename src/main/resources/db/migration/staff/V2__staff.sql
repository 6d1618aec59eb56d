-- Agents (people who serve a shop's buyers) and their log-in accounts.

create table agent (
    id              bigint generated always as identity primary key,
    shop_id         bigint references shop (id) on delete cascade,
    display_name    text    not null check (length(trim(display_name)) > 0),
    -- the 昵称 part of the marketplace sub-account 店铺名:昵称
    nickname        text,
    username        text unique,
    password_hash   text,
    roles           text[]  not null default '{}',
    skill_group     text check (skill_group in ('PRE_SALES', 'AFTER_SALES')),
    certification   text    not null default 'CERTIFIED' check (certification in ('TRAINEE', 'CERTIFIED')),
    certified_on    date,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now(),
    check ((username is null) = (password_hash is null)),
    unique (shop_id, nickname)
);
create index agent_shop_idx on agent (shop_id);

-- shops an account may work in besides its own (a supervisor of several shops)
create table shop_grant (
    agent_id  bigint not null references agent (id) on delete cascade,
    shop_id   bigint not null references shop (id) on delete cascade,
    primary key (agent_id, shop_id)
);

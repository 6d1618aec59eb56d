-- Scripts get an optional title (the buyer's question they answer, e.g. 价格可以便宜点吗) and keywords (the words
-- buyers use for it); both feed the suggested replies. Imported quick phrases have neither.
alter table script
    add column title    text check (title is null or length(trim(title)) > 0),
    add column keywords text[] not null default '{}';

-- Variants are used in turn per agent (variant 1, then 2, then 3, then 1 ...): how many times the agent has taken
-- a variant of the script. The next variant is (used mod variants); the count survives restarts and several nodes.
create table script_turn (
    script_id  bigint not null references script (id) on delete cascade,
    agent_id   bigint not null references agent (id) on delete cascade,
    used       bigint not null,
    primary key (script_id, agent_id)
);

-- Each change of a shop's library raises its version in the same transaction, so that every node rebuilds its
-- in-memory suggestion index when the version it built from is no longer the current one.
create table script_library (
    shop_id  bigint primary key references shop (id) on delete cascade,
    version  bigint not null
);

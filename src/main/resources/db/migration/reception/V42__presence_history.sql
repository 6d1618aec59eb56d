-- Every change of an agent's presence (docs/chat.md "Presence", docs/workforce.md "Attendance"): agent_presence keeps
-- only the present state; this keeps when each one began, so that attendance can tell when an agent signed in and
-- off. Appended by PresenceDesk whenever the presence changes (the agent's choice, Kefu setting them away or back,
-- signing out); never updated. Presence changes are rare: a handful per agent a day.
create table presence_history (
    id        bigint generated always as identity primary key,
    agent_id  bigint      not null references agent (id) on delete cascade,
    shop_id   bigint      not null references shop (id) on delete cascade,
    presence  text        not null check (presence in ('ONLINE', 'BUSY', 'AWAY', 'OFFLINE')),
    at        timestamptz not null
);
-- a shop's changes of a month
create index presence_history_shop_time_idx on presence_history (shop_id, at);
-- each agent's last change before a month begins (where they stood when it began)
create index presence_history_agent_time_idx on presence_history (shop_id, agent_id, at);

-- where everyone stands now is where the history begins
insert into presence_history (agent_id, shop_id, presence, at)
select agent_id, shop_id, presence, since from agent_presence;

-- Presence follows the connection (docs/chat.md, "Presence"): every node writes, every few seconds, when it last
-- saw each agent (a live STOMP connection or an API call); an agent at the desk who has not been seen for a while
-- is set away by Kefu, which remembers what they had chosen and gives it back when they are seen again.
alter table agent_presence add column seen_at timestamptz;
-- set only while Kefu, not the agent, has set them AWAY: the presence they come back to
alter table agent_presence add column returns_to text check (returns_to in ('ONLINE', 'BUSY'));
alter table agent_presence add constraint agent_presence_returns_only_when_away
    check (returns_to is null or presence = 'AWAY');

-- 换班: the two shifts as published when the swap was proposed, so that the swap still reads right after it is
-- approved (and the published cells traded), and so that approval can tell when the day changed since
alter table roster_swap
    add column from_shift      text,
    add column from_shift_name text,
    add column to_shift        text,
    add column to_shift_name   text;
alter table roster_swap
    add constraint roster_swap_shifts_differ check (from_shift is distinct from to_shift);
-- an agent's open swaps of a day and their leave are looked up by agent
create index roster_swap_agents_idx on roster_swap (shop_id, day, from_agent_id, to_agent_id);
create index roster_leave_agent_idx on roster_leave (agent_id, first_day);

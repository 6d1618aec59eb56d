-- The follow-ups after the sale: review reminders (好评提醒) after receipt, after-sales visits (回访) after a refund
-- case closed, and offline messages (留言) worked as tasks. Each kind belongs to a skill group, whose agents see
-- its unassigned tasks.

alter table followup_task add column skill_group text not null default 'PRE_SALES'
    check (skill_group in ('PRE_SALES', 'AFTER_SALES'));
alter table followup_task add column offline_message_id bigint references offline_message (id) on delete cascade;
create unique index followup_task_offline_message_idx on followup_task (offline_message_id)
    where offline_message_id is not null;

-- review_days now counts from receipt (seed 003 任务6.1); delivery_days stands in for the receipt of an order whose
-- export gave only its shipping time; visit_days is how long after a case closed its visit falls due
alter table followup_settings add column delivery_days integer not null default 3 check (delivery_days between 0 and 30);
alter table followup_settings add column visit_days integer not null default 1 check (visit_days between 0 and 30);

-- review reminders and visits are opened for recent receipts and case closes, read by time
create index shop_order_shop_received_idx on shop_order (shop_id, received_at) where received_at is not null;
create index shop_order_shop_shipped_idx on shop_order (shop_id, shipped_at)
    where shipped_at is not null and received_at is null;
create index refund_closed_idx on refund (closed_at) where closed_at is not null;

-- the messages left before this migration become tasks as the new ones will
insert into followup_task (shop_id, kind, buyer_id, agent_id, started_at, due_at, status, closed_at, skill_group,
                           offline_message_id)
select m.shop_id, 'OFFLINE_MESSAGE', m.buyer_id, m.handled_by, m.left_at, m.left_at,
       case when m.handled_at is null then 'OPEN' else 'DONE' end, m.handled_at, m.skill_group, m.id
from offline_message m;

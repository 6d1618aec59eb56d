-- Inquiries that did not order (询单未下单, seed 000 "2.咨询未下单"): one follow-up per buyer and business day of the
-- inquiry, closed by the agent's message or by the buyer's order.

alter table followup_task add column day date;

alter table followup_task drop constraint followup_task_status_check;
alter table followup_task add constraint followup_task_status_check
    check (status in ('OPEN', 'SUCCEEDED', 'PAID', 'CANCELLED', 'UNPAID', 'DONE', 'ORDERED'));

create unique index followup_task_inquiry_idx on followup_task (shop_id, buyer_id, day) where kind = 'INQUIRY';

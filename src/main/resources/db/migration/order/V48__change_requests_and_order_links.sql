-- Change requests from the chat (seed 000 ③④⑤): every remark on the clerk's list is a request the clerk carries
-- out (DONE) or cannot (REFUSED, with the reason the agent reads back in the buyer panel). More kinds than the
-- four of V15: the special requests of ④ each get their own (发票, 贺卡, 送货时间), and ⑤'s cancel-before-print.

alter table remark_task drop constraint remark_task_kind_check;
alter table remark_task add constraint remark_task_kind_check check (kind in
    ('ADDRESS', 'ATTRIBUTE', 'COURIER', 'GIFT', 'INVOICE', 'GREETING_CARD', 'DELIVERY_TIME', 'CANCEL', 'OTHER'));
alter table remark_task drop constraint remark_task_status_check;
alter table remark_task add constraint remark_task_status_check check (status in ('OPEN', 'DONE', 'REFUSED'));
-- why the clerk could not do it (已打单, 已发货, 缺货 …): one line for the agent to pass on
alter table remark_task add column refusal text;
alter table remark_task drop constraint remark_task_check;
alter table remark_task add constraint remark_task_handled_check check ((status = 'OPEN') = (handled_at is null));
alter table remark_task add constraint remark_task_refusal_check
    check ((status = 'REFUSED') = (refusal is not null and length(trim(refusal)) > 0));

-- An order a buyer in the chat named as theirs (by its number or the phone's last four digits) although it is
-- another buyer row's: a visitor of the chat page is a new buyer every session (docs/chat.md), so the orders the
-- buyer placed on the marketplace, imported under their marketplace nick, are never "theirs" by id.
create table buyer_order_link (
    buyer_id   bigint      not null references buyer (id) on delete cascade,
    order_id   bigint      not null references shop_order (id) on delete cascade,
    linked_by  bigint references agent (id) on delete set null,
    linked_at  timestamptz not null,
    primary key (buyer_id, order_id)
);
create index buyer_order_link_order_idx on buyer_order_link (order_id);

-- finding an order by the last four digits of the receiver's phone, as buyers read them out
create index shop_order_phone_tail_idx on shop_order (shop_id, right(receiver_phone, 4)) where receiver_phone is not null;

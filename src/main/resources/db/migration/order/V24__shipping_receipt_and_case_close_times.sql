-- When an order was shipped (发货) and when the buyer confirmed receipt (确认收货), and when a refund case ended.
-- Follow-ups need them: the review reminder (好评提醒) falls due days after receipt (seed 003 任务6.1: "若客户已经
-- 确认收到商品超过2天还没给评价"), the after-sales visit (回访) days after the case closed. Null when the export
-- gives no such time; an order that reached the status without one keeps null rather than a made-up time.

alter table shop_order add column shipped_at timestamptz;
alter table shop_order add column received_at timestamptz;
alter table shop_order add constraint shop_order_shipped_after_created
    check (shipped_at is null or shipped_at >= created_at);
alter table shop_order add constraint shop_order_received_after_shipped
    check (received_at is null or shipped_at is null or received_at >= shipped_at);

-- when the refund reached REFUNDED, REJECTED or CANCELLED: the refund time when known, else when Kefu learnt of it
alter table refund add column closed_at timestamptz;
alter table refund add constraint refund_closed_when_ended
    check (closed_at is null or status <> 'REQUESTED');

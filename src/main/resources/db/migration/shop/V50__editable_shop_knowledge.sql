-- Shop knowledge people edit: a promotion's rules (活动规则) and the auto-reply used while it runs
-- (seed 000: 店铺各大活动时，旺旺自动回复需重新设置), and the product-page errors agents report (seed 000 检查店铺图片情况).

alter table promotion add column rules text not null default '';
alter table promotion add column auto_reply text not null default '';
create index promotion_shop_time_idx on promotion (shop_id, starts_at);

create table product_issue (
    id           bigint generated always as identity primary key,
    shop_id      bigint      not null references shop (id) on delete cascade,
    product_id   bigint      not null references product (id) on delete cascade,
    kind         text        not null check (kind in ('PRICE', 'PICTURE', 'OTHER')),
    note         text        not null,
    -- the agent's name as it was: the list shows it after the account is gone
    reported_by  bigint      references agent (id) on delete set null,
    reporter     text        not null,
    reported_at  timestamptz not null,
    fixed_by     bigint      references agent (id) on delete set null,
    fixer        text,
    fixed_at     timestamptz,
    check ((fixed_by is null or fixed_at is not null))
);
create index product_issue_open_idx on product_issue (shop_id, reported_at) where fixed_at is null;

-- Orders with their items, payment, refunds, flag and remarks.

create table shop_order (
    id                bigint generated always as identity primary key,
    shop_id           bigint        not null references shop (id) on delete cascade,
    order_no          text          not null check (order_no ~ '^[0-9A-Za-z_-]+$'),
    buyer_id          bigint        not null references buyer (id) on delete cascade,
    status            text          not null check (status in ('WAITING_PAYMENT', 'PAID', 'SHIPPED', 'COMPLETED', 'CLOSED')),
    created_at        timestamptz   not null,
    paid_at           timestamptz,
    total_amount      numeric(12,2) not null check (total_amount >= 0),
    paid_amount       numeric(12,2) check (paid_amount >= 0),
    shipping_fee      numeric(12,2) not null default 0,
    flag              text check (flag in ('GREY', 'RED', 'YELLOW', 'GREEN', 'BLUE', 'PURPLE')),
    receiver_name     text,
    receiver_phone    text,
    receiver_address  text,
    version           integer       not null default 0,
    unique (shop_id, order_no),
    check ((paid_at is null) = (paid_amount is null)),
    check (paid_at is null or paid_at >= created_at)
);
create index shop_order_buyer_idx on shop_order (buyer_id, created_at);
create index shop_order_shop_created_idx on shop_order (shop_id, created_at);
create index shop_order_shop_paid_idx on shop_order (shop_id, paid_at);

create table order_item (
    id          bigint generated always as identity primary key,
    order_id    bigint        not null references shop_order (id) on delete cascade,
    position    integer       not null,
    product_id  bigint references product (id) on delete set null,
    sku_id      bigint references sku (id) on delete set null,
    title       text          not null,
    sku_spec    text          not null default '',
    quantity    integer       not null check (quantity > 0),
    unit_price  numeric(12,2) not null check (unit_price >= 0),
    unique (order_id, position)
);

create table refund (
    id            bigint generated always as identity primary key,
    order_id      bigint        not null references shop_order (id) on delete cascade,
    refund_no     text          not null,
    amount        numeric(12,2) not null check (amount > 0),
    status        text          not null check (status in ('REQUESTED', 'REFUNDED', 'REJECTED', 'CANCELLED')),
    reason        text          not null default '',
    requested_at  timestamptz   not null,
    -- null when the export gives no refund time
    refunded_at   timestamptz,
    unique (order_id, refund_no)
);

-- 备注: the seller's notes on an order, newest last; the order keeps the current flag
create table order_remark (
    id          bigint generated always as identity primary key,
    order_id    bigint      not null references shop_order (id) on delete cascade,
    agent_id    bigint references agent (id) on delete set null,
    text        text        not null check (length(trim(text)) > 0),
    flag        text check (flag in ('GREY', 'RED', 'YELLOW', 'GREEN', 'BLUE', 'PURPLE')),
    created_at  timestamptz not null
);
create index order_remark_order_idx on order_remark (order_id);

-- 删除个人数据: a buyer's personal data erased on request. The buyer row stays (orders and figures keep counting it)
-- under a name that says so; every module deletes or blanks its own personal fields in the same transaction. The log
-- says who erased whom and when, and nothing personal.
create table buyer_erasure (
    id           bigint generated always as identity primary key,
    shop_id      bigint      not null references shop (id) on delete cascade,
    buyer_id     bigint      not null references buyer (id) on delete cascade,
    erased_by    bigint references agent (id) on delete set null,
    erased_at    timestamptz not null
);
create index buyer_erasure_shop_idx on buyer_erasure (shop_id, erased_at desc);

-- Buyers played by the shop itself (training's mystery shopper, issue 16): each conversation of such a buyer goes
-- straight to the named agent, whatever routing would do; the rows also tell them apart from real buyers.
create table directed_buyer (
    buyer_id    bigint      primary key references buyer (id) on delete cascade,
    shop_id     bigint      not null references shop (id) on delete cascade,
    agent_id    bigint      not null references agent (id) on delete cascade,
    created_at  timestamptz not null
);
create index directed_buyer_shop_idx on directed_buyer (shop_id);

alter table assignment drop constraint assignment_how_check;
alter table assignment add constraint assignment_how_check
    check (how in ('ROUTED', 'ACCEPTED', 'TRANSFERRED', 'TAKEN_OVER', 'DIRECTED'));

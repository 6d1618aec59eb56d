-- Staffing need (排班需求): each shop's settings for the forecast and Erlang C. A shop without a row has the
-- defaults (4 weeks, 80 % within 30 s, 15 % shrinkage).
create table staffing_setting (
    shop_id         bigint primary key references shop (id) on delete cascade,
    weeks           integer          not null check (weeks between 1 and 26),
    target_percent  integer          not null check (target_percent between 1 and 99),
    target_seconds  integer          not null check (target_seconds between 1 and 3600),
    shrinkage       double precision not null check (shrinkage between 0 and 0.9),
    updated_at      timestamptz      not null default now(),
    updated_by      bigint references agent (id) on delete set null
);

-- promotion days (大促) whose forecast arrivals are multiplied by the factor, e.g. 双11 x 5
create table staffing_promotion (
    shop_id  bigint           not null references shop (id) on delete cascade,
    day      date             not null,
    factor   double precision not null check (factor > 0 and factor <= 100),
    primary key (shop_id, day)
);

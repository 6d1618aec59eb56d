-- Appraisal (考核): what the supervisor gives for a month beyond Kefu's own figures — the month's commission rate
-- and bonus amount, and per agent the sales target, base pay, level reward, best typing test, low ratings and
-- named positive reviews recorded by hand, and cheating. A month or an agent without a row has the defaults.

create table appraisal_month (
    shop_id          bigint        not null references shop (id) on delete cascade,
    month            date          not null check (extract(day from month) = 1),
    commission_rate  numeric(7,6)  not null check (commission_rate between 0 and 1),
    bonus_amount     numeric(12,2) not null check (bonus_amount >= 0),
    primary key (shop_id, month)
);

create table appraisal_input (
    shop_id          bigint        not null,
    month            date          not null,
    agent_id         bigint        not null references agent (id) on delete cascade,
    sales_target     numeric(14,2) not null check (sales_target >= 0),
    base_pay         numeric(12,2) not null check (base_pay >= 0),
    level_reward     numeric(12,2) not null check (level_reward >= 0),
    typing_cpm       integer check (typing_cpm between 0 and 1000),
    typing_accuracy  numeric(5,4) check (typing_accuracy between 0 and 1),
    low_ratings      integer       not null check (low_ratings between 0 and 100000),
    named_reviews    integer       not null check (named_reviews between 0 and 100000),
    cheating         boolean       not null,
    primary key (shop_id, month, agent_id),
    foreign key (shop_id, month) references appraisal_month (shop_id, month) on delete cascade,
    check ((typing_cpm is null) = (typing_accuracy is null))
);

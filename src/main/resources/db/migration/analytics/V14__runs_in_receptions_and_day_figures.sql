-- A reception's runs become arrays of its row (one row a reception instead of one a run, the bulk of a recompute's
-- writes), times are kept as microseconds since the epoch (what PostgreSQL stores, read without parsing), and a
-- reception no longer checks its agent and buyer on every insert: facts are derived and recomputed, not entered.
-- Existing facts are dropped; every shop is queued again by removing its history mark.

drop table run_fact;
delete from reception_fact;
delete from credited_order;
delete from unreceived_fact;
delete from figure_history;

alter table reception_fact drop column id;
alter table reception_fact drop constraint reception_fact_agent_id_fkey;
alter table reception_fact drop constraint reception_fact_buyer_id_fkey;
alter table unreceived_fact drop constraint unreceived_fact_buyer_id_fkey;
alter table reception_fact drop column human_times;
alter table reception_fact add column human_times bigint[] not null;
alter table reception_fact add column run_first_ids bigint[] not null;
alter table reception_fact add column run_first_at bigint[] not null;
alter table reception_fact add column run_last_at bigint[] not null;
alter table reception_fact add column run_messages int[] not null;
alter table reception_fact add column run_all_cards boolean[] not null;
-- null where the run was not answered
alter table reception_fact add column run_answered_at bigint[] not null;
alter table reception_fact drop constraint reception_fact_shop_id_day_agent_id_buyer_id_key;
alter table reception_fact add primary key (shop_id, day, agent_id, buyer_id);

-- Each agent's figure sums of one business day under one judge rule (agent 0: the whole team), and the shop's,
-- added up from the facts after each recompute: a month's dashboard reads these instead of every reception.
-- A recompute deletes the rows of the days its facts touch, in its own transaction; a day without a row in
-- figure_shop_day has not been added up since.
create table figure_day (
    shop_id                 bigint           not null references shop (id) on delete cascade,
    judge_rule              text             not null check (judge_rule in ('ORDER', 'PAYMENT', 'ORDER_FIRST')),
    day                     date             not null,
    agent_id                bigint           not null,
    receptions              integer          not null,
    replied                 integer          not null,
    first_response_sum      double precision not null,
    first_responses         integer          not null,
    response_sum            double precision not null,
    answered_runs           integer          not null,
    window_runs             integer          not null,
    window_fast_runs        integer          not null,
    slow_runs               integer          not null,
    human_messages          integer          not null,
    -- grace messages that the same agent's reception of the same buyer on the next day counts again
    grace_repeated          integer          not null,
    in_messages             integer          not null,
    inquiries               integer          not null,
    ordered                 integer          not null,
    paid_inquiries          integer          not null,
    sales                   numeric(14,2)    not null,
    sales_buyers            integer          not null,
    refunds                 numeric(14,2)    not null,
    primary key (shop_id, judge_rule, day, agent_id)
);

create table figure_shop_day (
    shop_id     bigint        not null references shop (id) on delete cascade,
    day         date          not null,
    paid        numeric(14,2) not null,
    unreceived  integer       not null,
    -- receptions by the hour of day of their first buyer message
    hours       integer[]     not null,
    primary key (shop_id, day)
);

-- The monthly roster (排班表, docs/workforce.md "Roster"): each shop's shifts and rules, the month's draft that the
-- solver and the supervisor edit, the copy published to the department, leave (请假), requested days off and swaps
-- (换班).

-- a shop without rows has seed 000's three shifts (白班 D, 半白班 H, 晚班 N)
create table roster_shift (
    shop_id      bigint  not null references shop (id) on delete cascade,
    code         text    not null check (code ~ '^[A-Za-z0-9]{1,4}$'),
    name         text    not null check (length(name) between 1 and 20),
    starts_at    time    not null,
    ends_at      time    not null check (ends_at <> starts_at),
    shift_group  text    not null check (shift_group in ('PRE_SALES', 'AFTER_SALES', 'BOTH')),
    position     integer not null,
    primary key (shop_id, code)
);

-- a shop without a row has 4 days off a month, 60 s solves and every soft weight 1
create table roster_setting (
    shop_id               bigint primary key references shop (id) on delete cascade,
    days_off              integer not null check (days_off between 0 and 15),
    solve_seconds         integer not null check (solve_seconds between 5 and 600),
    hours_weight          integer not null check (hours_weight between 0 and 100),
    last_month_weight     integer not null check (last_month_weight between 0 and 100),
    requested_off_weight  integer not null check (requested_off_weight between 0 and 100),
    weekends_weight       integer not null check (weekends_weight between 0 and 100),
    updated_at            timestamptz not null,
    updated_by            bigint references agent (id) on delete set null
);

-- one row per shop and month that has a draft; the solve columns are set while a solver works on it (on any node):
-- a solve whose deadline passed long ago died with its process and is ignored
create table roster (
    shop_id          bigint      not null references shop (id) on delete cascade,
    month            date        not null check (extract(day from month) = 1),
    solve_id         uuid,
    solving_since    timestamptz,
    solving_until    timestamptz,
    best_score       text,
    published_at     timestamptz,
    published_by     bigint references agent (id) on delete set null,
    changed_at       timestamptz not null,
    primary key (shop_id, month),
    constraint roster_solve_complete check ((solve_id is null) = (solving_since is null)
        and (solve_id is null) = (solving_until is null))
);

-- the draft: one cell per agent and day; no shift is a day off; a pinned cell is the supervisor's and the solver
-- keeps it
create table roster_cell (
    shop_id     bigint  not null,
    month       date    not null,
    agent_id    bigint  not null references agent (id) on delete cascade,
    day         date    not null,
    shift_code  text,
    pinned      boolean not null default false,
    primary key (shop_id, agent_id, day),
    foreign key (shop_id, month) references roster (shop_id, month) on delete cascade,
    check (date_trunc('month', day) = month)
);

-- the published roster: what the department works to; the shift's times are copied so that attendance and history
-- stay right when the shop changes its shifts later
create table roster_published_cell (
    shop_id     bigint not null references shop (id) on delete cascade,
    month       date   not null check (extract(day from month) = 1),
    agent_id    bigint not null references agent (id) on delete cascade,
    day         date   not null,
    shift_code  text,
    shift_name  text,
    starts_at   time,
    ends_at     time,
    primary key (shop_id, agent_id, day),
    check (date_trunc('month', day) = month),
    check ((shift_code is null) = (starts_at is null) and (shift_code is null) = (ends_at is null)
        and (shift_code is null) = (shift_name is null))
);
create index roster_published_cell_month_idx on roster_published_cell (shop_id, month);

-- 请假: asked for by the agent, approved or refused by a supervisor
create table roster_leave (
    id            bigint generated always as identity primary key,
    shop_id       bigint      not null references shop (id) on delete cascade,
    agent_id      bigint      not null references agent (id) on delete cascade,
    first_day     date        not null,
    last_day      date        not null check (last_day >= first_day and last_day - first_day < 62),
    reason        text        not null check (length(reason) <= 500),
    status        text        not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    requested_at  timestamptz not null,
    decided_at    timestamptz,
    decided_by    bigint references agent (id) on delete set null
);
create index roster_leave_shop_idx on roster_leave (shop_id, first_day);

-- days an agent asks to have off before the month is solved (a wish the solver weighs, not leave)
create table roster_day_off_wish (
    shop_id   bigint not null references shop (id) on delete cascade,
    agent_id  bigint not null references agent (id) on delete cascade,
    day       date   not null,
    primary key (shop_id, agent_id, day)
);

-- 换班: two agents trade their published shifts of a day; the colleague accepts, a supervisor approves
create table roster_swap (
    id            bigint generated always as identity primary key,
    shop_id       bigint      not null references shop (id) on delete cascade,
    day           date        not null,
    from_agent_id bigint      not null references agent (id) on delete cascade,
    to_agent_id   bigint      not null references agent (id) on delete cascade check (to_agent_id <> from_agent_id),
    note          text        not null default '' check (length(note) <= 500),
    status        text        not null check (status in ('PROPOSED', 'ACCEPTED', 'APPROVED', 'DECLINED', 'REFUSED',
                                                          'WITHDRAWN')),
    proposed_at   timestamptz not null,
    accepted_at   timestamptz,
    decided_at    timestamptz,
    decided_by    bigint references agent (id) on delete set null,
    refused_rule  text
);
create index roster_swap_shop_idx on roster_swap (shop_id, day);

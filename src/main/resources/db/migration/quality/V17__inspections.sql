-- Quality inspection (质检). A reception is keyed as the figures key it: shop, business day, agent, buyer; its
-- inspection is rewritten whenever its days are inspected again, while what people said about it (reviews of hits,
-- notes, scorecards) is kept apart under the same key and survives.

-- A shop's own settings of a rule; a rule without a row has the defaults. The version counts changes, so that an
-- inspection says which settings it was made with.
create table inspection_rule (
    shop_id        bigint  not null references shop (id) on delete cascade,
    rule           text    not null,
    enabled        boolean not null,
    severity       text    not null check (severity in ('MINOR', 'MAJOR', 'SEVERE')),
    weight         integer not null check (weight between 0 and 100),
    words          text[]  not null,
    exceptions     text[]  not null,
    counter_words  text[]  not null,
    primary key (shop_id, rule)
);

create table inspection_rules_version (
    shop_id     bigint      not null primary key references shop (id) on delete cascade,
    version     integer     not null,
    changed_at  timestamptz not null,
    changed_by  bigint      references agent (id) on delete set null
);

-- One row a reception; the hits as parallel arrays in message order (one row written a reception, as the facts).
create table inspection (
    shop_id          bigint      not null references shop (id) on delete cascade,
    day              date        not null,
    agent_id         bigint      not null,
    buyer_id         bigint      not null,
    score            integer     not null,
    rules_version    integer     not null,
    inspected_at     timestamptz not null,
    hit_rules        text[]      not null,
    hit_message_ids  bigint[]    not null,
    hit_severities   text[]      not null,
    hit_weights      integer[]   not null,
    primary key (shop_id, day, agent_id, buyer_id)
);
create index inspection_agent_idx on inspection (shop_id, agent_id, day);

-- What became of a hit after review: a supervisor marked it wrong (a false positive, kept to tune the rules), or
-- the agent disputed it once and a supervisor upheld or overturned it. Wrong and overturned hits take no points.
create table hit_review (
    shop_id         bigint      not null references shop (id) on delete cascade,
    day             date        not null,
    agent_id        bigint      not null,
    buyer_id        bigint      not null,
    rule            text        not null,
    message_id      bigint      not null,
    status          text        not null check (status in ('WRONG', 'DISPUTED', 'UPHELD', 'OVERTURNED')),
    reason          text,
    disputed_at     timestamptz,
    decided_by      bigint      references agent (id) on delete set null,
    decided_at      timestamptz,
    primary key (shop_id, day, agent_id, buyer_id, rule, message_id)
);

-- A supervisor's annotation on one message of a reception.
create table inspection_note (
    id          bigint generated always as identity primary key,
    shop_id     bigint      not null references shop (id) on delete cascade,
    day         date        not null,
    agent_id    bigint      not null,
    buyer_id    bigint      not null,
    message_id  bigint      not null,
    author_id   bigint      references agent (id) on delete set null,
    text        text        not null,
    created_at  timestamptz not null
);
create index inspection_note_reception_idx on inspection_note (shop_id, day, agent_id, buyer_id);

-- A supervisor's manual scorecard of a reception: each of the eight steps of seed 004 marked 0–5 or left out.
create table scorecard (
    shop_id      bigint      not null references shop (id) on delete cascade,
    day          date        not null,
    agent_id     bigint      not null,
    buyer_id     bigint      not null,
    steps        text[]      not null,
    marks        integer[]   not null,
    comment      text        not null,
    reviewer_id  bigint      references agent (id) on delete set null,
    reviewed_at  timestamptz not null,
    primary key (shop_id, day, agent_id, buyer_id)
);

-- Buyer ratings and complaints attributed to an agent (DOMAIN.md 低评: a rating of 1–2 of 5, or a complaint the
-- supervisor upheld).
create table buyer_feedback (
    id           bigint generated always as identity primary key,
    shop_id      bigint      not null references shop (id) on delete cascade,
    agent_id     bigint      not null references agent (id) on delete cascade,
    buyer_id     bigint      references buyer (id) on delete set null,
    day          date        not null,
    kind         text        not null check (kind in ('RATING', 'COMPLAINT')),
    rating       integer     check (rating between 1 and 5),
    status       text        not null check (status in ('RECORDED', 'PENDING', 'UPHELD', 'DISMISSED')),
    note         text        not null,
    recorded_by  bigint      references agent (id) on delete set null,
    recorded_at  timestamptz not null,
    check ((kind = 'RATING') = (rating is not null))
);
create index buyer_feedback_agent_idx on buyer_feedback (shop_id, agent_id, day);

-- Days whose receptions changed and wait to be inspected again; the worker takes them in order and deletes them
-- once their inspections are stored, so that a stop loses none.
create table inspection_pending (
    id         bigint generated always as identity primary key,
    shop_id    bigint      not null references shop (id) on delete cascade,
    first_day  date        not null,
    last_day   date        not null,
    queued_at  timestamptz not null default now()
);

-- Training (培训): a new agent enrolled into a hire class's plan (seed 000 客服的培训流程) from a start day, with a
-- mentor, and the plan's tasks copied at enrolment so that a later change of the plan leaves a running training as
-- it was.

create table trainee (
    id          bigint generated always as identity primary key,
    shop_id     bigint not null references shop (id) on delete cascade,
    agent_id    bigint not null references agent (id) on delete cascade,
    hire_class  text   not null check (hire_class in ('NOVICE', 'EXPERIENCED', 'AFTER_SALES')),
    start_day   date   not null,
    mentor_id   bigint references agent (id) on delete set null,
    status      text   not null default 'IN_TRAINING' check (status in ('IN_TRAINING', 'CERTIFIED', 'NOT_SUITABLE')),
    enrolled_at timestamptz not null default now(),
    check (mentor_id is null or mentor_id <> agent_id)
);
-- an agent is in one training at a time
create unique index trainee_in_training_idx on trainee (agent_id) where status = 'IN_TRAINING';
create index trainee_shop_idx on trainee (shop_id, start_day);

create table trainee_task (
    id          bigint generated always as identity primary key,
    trainee_id  bigint  not null references trainee (id) on delete cascade,
    day         integer not null check (day between 1 and 60),
    position    integer not null,
    kind        text    not null check (kind in ('READ', 'QUIZ', 'TYPING', 'SHADOW', 'SUPERVISED_RECEPTION',
                                                 'TRANSCRIPT_REVIEW', 'MYSTERY_SHOPPER', 'CERTIFICATION')),
    title       text    not null check (length(trim(title)) > 0),
    done_at     timestamptz,
    done_by     bigint references agent (id) on delete set null,
    unique (trainee_id, day, position)
);

-- The trainer's go-live decisions (上岗 / extend / not suitable), each with its reason, who and when: the last one
-- decides the trainee's status; an extension adds a day to the plan.
create table trainee_decision (
    id          bigint generated always as identity primary key,
    trainee_id  bigint      not null references trainee (id) on delete cascade,
    decision    text        not null check (decision in ('CERTIFY', 'EXTEND', 'NOT_SUITABLE')),
    reason      text        not null check (length(trim(reason)) > 0),
    agent_id    bigint references agent (id) on delete set null,
    at          timestamptz not null
);
create index trainee_decision_trainee_idx on trainee_decision (trainee_id, at);

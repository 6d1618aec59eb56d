-- Supervised reception (跟岗接待): an agent in training receives real buyers from their plan's supervised-reception
-- day, with a mentor, at most this many at once. A shop without a row has the default (5).
create table training_setting (
    shop_id         bigint primary key references shop (id) on delete cascade,
    supervised_cap  integer not null check (supervised_cap between 1 and 50),
    updated_at      timestamptz not null default now(),
    updated_by      bigint references agent (id) on delete set null
);

-- the mentor's live view reads their trainees
create index trainee_mentor_idx on trainee (mentor_id) where status = 'IN_TRAINING';

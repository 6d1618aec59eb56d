-- Import jobs: the files a user handed in together, each imported in a transaction of its own.

create table import_job (
    id           uuid primary key,
    shop_id      bigint      not null references shop (id) on delete cascade,
    created_by   bigint references agent (id) on delete set null,
    status       text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    created_at   timestamptz not null default now(),
    finished_at  timestamptz
);
create index import_job_shop_idx on import_job (shop_id, created_at desc);

create table import_file (
    job_id     uuid    not null references import_job (id) on delete cascade,
    position   integer not null,
    name       text    not null,
    size       bigint  not null,
    status     text    not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    kind       text,
    applied    boolean,
    read       bigint  not null default 0,
    inserted   bigint  not null default 0,
    updated    bigint  not null default 0,
    unchanged  bigint  not null default 0,
    rejected   bigint  not null default 0,
    errors     text[]  not null default '{}',
    primary key (job_id, position)
);

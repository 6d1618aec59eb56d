-- A file's errors as message codes and arguments, so that each reader sees them in their own language.
-- Errors stored before as English text are kept as they were, under a code that shows the text.

create table import_error (
    job_id    uuid    not null,
    position  integer not null,
    seq       integer not null,
    file      text    not null,
    line      bigint  not null,
    field     text,
    code      text    not null,
    args      text[]  not null,
    primary key (job_id, position, seq),
    foreign key (job_id, position) references import_file (job_id, position) on delete cascade
);

insert into import_error (job_id, position, seq, file, line, field, code, args)
select f.job_id, f.position, e.seq::integer, f.name, 0, null, 'imports.error.text', array[e.text]
from import_file f, unnest(f.errors) with ordinality as e(text, seq);

alter table import_file drop column errors;

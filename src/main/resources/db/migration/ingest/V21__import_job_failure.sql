-- Why a job stopped before its end (a restart, no memory left, an unexpected error) and while importing which
-- file; its files that were running or still queued then are STOPPED: not imported. Jobs that failed before
-- this migration keep no reason (null).

alter table import_job
    add column failure      text check (failure in ('INTERRUPTED_BY_RESTART', 'OUT_OF_MEMORY', 'UNEXPECTED_ERROR')),
    add column failure_file text;

alter table import_file drop constraint import_file_status_check;
alter table import_file add constraint import_file_status_check check (status in ('QUEUED', 'RUNNING', 'DONE', 'STOPPED'));

update import_file f set status = 'STOPPED'
from import_job j where j.id = f.job_id and j.status = 'FAILED' and f.status in ('QUEUED', 'RUNNING');

-- The reception step an agent set by hand for a conversation (seed 004's eight steps); without a row, the step is
-- the one read from what was said.
create table conversation_flow (
    conversation_id  bigint primary key references conversation (id) on delete cascade,
    step             text        not null check (step in ('GREETING', 'QUESTIONING', 'ANALYSIS', 'RECOMMENDATION',
                                                          'NEGOTIATION', 'HELP', 'VERIFICATION', 'FAREWELL')),
    corrected_by     bigint references agent (id) on delete set null,
    corrected_at     timestamptz not null
);

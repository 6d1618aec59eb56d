-- Mystery shopper sessions (神秘顾客, issue 16): a scripted or trainer-played buyer chats with a trainee through the
-- normal workbench; the report is computed from the conversation, the trainer's rubric is kept here.
create table mystery_session (
    id                  bigint generated always as identity primary key,
    shop_id             bigint      not null references shop (id) on delete cascade,
    trainee_id          bigint      not null references trainee (id) on delete cascade,
    agent_id            bigint      not null references agent (id) on delete cascade,
    persona             text        not null,
    mode                text        not null check (mode in ('AUTO', 'MANUAL')),
    -- the product drawn from the catalogue at the start, and its SKU, as the buyer names them
    product             text        not null,
    sku                 text        not null,
    -- the buyer the session plays (reception's directed_buyer)
    buyer_id            bigint      not null references buyer (id) on delete cascade,
    -- where the persona's script stands: its node, the trainee's replies answered, whether it has ended
    node                text        not null,
    turns               integer     not null default 0,
    script_ended        boolean     not null default false,
    status              text        not null check (status in ('RUNNING', 'ENDED')),
    started_by          bigint      references agent (id) on delete set null,
    started_at          timestamptz not null,
    ended_at            timestamptz,
    -- the trainer's rubric, 1-5 each
    product_knowledge   smallint check (product_knowledge between 1 and 5),
    adaptability        smallint check (adaptability between 1 and 5),
    wording             smallint check (wording between 1 and 5),
    attitude            smallint check (attitude between 1 and 5),
    rubric_comment      text,
    rated_by            bigint      references agent (id) on delete set null,
    rated_at            timestamptz,
    -- the trainee's MYSTERY_SHOPPER task was ticked by this session
    task_ticked         boolean     not null default false,
    check ((status = 'ENDED') = (ended_at is not null))
);
-- one running session per trainee
create unique index mystery_session_running_key on mystery_session (trainee_id) where status = 'RUNNING';
create index mystery_session_buyer_idx on mystery_session (buyer_id);

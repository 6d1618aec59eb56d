-- The archive (聊天记录). Imported messages are filed into conversations too: one closed conversation per buyer and
-- business day (origin IMPORTED), so that every message of the archive, live or imported, opens in a conversation
-- and a buyer's history lists imported days beside live chats. Live conversations keep origin LIVE and no day.

alter table conversation add column origin text not null default 'LIVE' check (origin in ('LIVE', 'IMPORTED'));
alter table conversation add column business_day date;
alter table conversation add constraint conversation_imported_day check ((origin = 'IMPORTED') = (business_day is not null));
create unique index conversation_imported_day_key on conversation (thread_id, business_day) where origin = 'IMPORTED';
create index conversation_buyer_opened_idx on conversation (shop_id, buyer_id, opened_at desc);

-- messages not filed yet: those of an import in flight, filed before it commits
create index message_unfiled_idx on message (shop_id, sent_at) where conversation_id is null;

-- files what earlier imports and the demo stored without a conversation, as ImportedConversations does for new ones
insert into conversation (shop_id, buyer_id, thread_id, status, skill_group, agent_id, opened_at, queued_at,
    closed_at, origin, business_day)
select m.shop_id, t.buyer_id, m.thread_id, 'CLOSED', 'PRE_SALES',
    (array_agg(m.agent_id order by m.sent_at desc, m.id desc)
        filter (where m.direction = 'OUT' and m.kind in ('TEXT', 'MEDIA', 'CARD') and m.agent_id is not null))[1],
    min(m.sent_at), min(m.sent_at), max(m.sent_at), 'IMPORTED',
    ((m.sent_at at time zone s.time_zone) - s.day_split)::date
from message m
join thread t on t.id = m.thread_id
join shop s on s.id = m.shop_id
where m.conversation_id is null
group by m.shop_id, t.buyer_id, m.thread_id, ((m.sent_at at time zone s.time_zone) - s.day_split)::date;

update message m set conversation_id = f.conversation_id, seq = f.seq
from (
    select m.id, c.id as conversation_id, row_number() over (partition by c.id order by m.sent_at, m.id) as seq
    from message m
    join shop s on s.id = m.shop_id
    join conversation c on c.thread_id = m.thread_id and c.origin = 'IMPORTED'
        and c.business_day = ((m.sent_at at time zone s.time_zone) - s.day_split)::date
    where m.conversation_id is null
) f
where m.id = f.id;

update conversation c set last_seq = n.last_seq
from (select conversation_id, max(seq) as last_seq from message where conversation_id is not null group by conversation_id) n
where c.id = n.conversation_id and c.origin = 'IMPORTED';

-- who read the archive with buyers' phones and addresses shown (明文): supervisors only, each time logged
create table archive_disclosure (
    id          bigint generated always as identity primary key,
    shop_id     bigint      not null references shop (id) on delete cascade,
    agent_id    bigint references agent (id) on delete set null,
    what        text        not null,
    disclosed_at timestamptz not null default now()
);
create index archive_disclosure_shop_idx on archive_disclosure (shop_id, disclosed_at desc);

-- names this database to the archive indexes kept beside it: an index made from another database is made again
create table archive_identity (
    id     integer primary key check (id = 1),
    token  uuid    not null default gen_random_uuid()
);
insert into archive_identity (id) values (1);

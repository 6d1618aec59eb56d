-- Curriculum pages (培训资料, seed 001 3.2–3.9): per shop, Markdown the trainer and supervisors edit, with who saved
-- them last and when. A shop gets the default pages the first time its curriculum is read. The 禁用/善用 rules are
-- not stored here: the skills page shows them from the shop's quality settings.

create table curriculum_page (
    shop_id    bigint  not null references shop (id) on delete cascade,
    slug       text    not null check (slug ~ '^[a-z0-9-]{1,40}$'),
    title      text    not null check (length(trim(title)) between 1 and 100),
    body       text    not null check (length(body) <= 50000),
    position   integer not null,
    edited_by  bigint references agent (id) on delete set null,
    edited_at  timestamptz,
    primary key (shop_id, slug)
);

-- a reading task links to the curriculum page it reads; the plans' reading tasks of running trainings get theirs
alter table trainee_task add column page text;

update trainee_task set page = case title
        when '平台、店铺宝贝参数与淘宝交易流程' then 'products'
        when '聊天工具与后台操作' then 'tools'
        when '售前培训资料与天猫规则：每款宝贝的参数、卖点' then 'tmall-rules'
        when '聊天话术' then 'skills'
        when '店铺宝贝参数、卖点与天猫规则' then 'products'
        when '天猫流程与天猫规则' then 'tmall-rules'
        when '基础软件与店铺软件应用' then 'tools'
        when '天猫规则（续）' then 'tmall-rules'
        when '产品知识' then 'products'
    end
where kind = 'READ';

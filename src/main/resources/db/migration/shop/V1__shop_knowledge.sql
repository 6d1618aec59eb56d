-- Shop knowledge: shops, their products and SKUs, promotions, courier coverage and store policies.

create table shop (
    id          bigint generated always as identity primary key,
    name        text        not null unique check (length(trim(name)) > 0),
    platform    text        not null check (platform in ('TAOBAO', 'TMALL', 'JD', 'PDD', 'DOUYIN', 'OWN_SITE')),
    time_zone   text        not null default 'Asia/Shanghai',
    day_split   time        not null default '00:00',
    created_at  timestamptz not null default now()
);

create table product (
    id          bigint generated always as identity primary key,
    shop_id     bigint  not null references shop (id) on delete cascade,
    title       text    not null check (length(trim(title)) > 0),
    category    text,
    listed      boolean not null default true,
    version     integer not null default 0
);
create index product_shop_idx on product (shop_id);

-- 参数: ordered name/value pairs as on the product page
create table product_attribute (
    product_id  bigint  not null references product (id) on delete cascade,
    position    integer not null,
    name        text    not null,
    value       text    not null,
    primary key (product_id, position)
);

-- 卖点
create table product_selling_point (
    product_id  bigint  not null references product (id) on delete cascade,
    position    integer not null,
    text        text    not null,
    primary key (product_id, position)
);

create table sku (
    id          bigint generated always as identity primary key,
    product_id  bigint        not null references product (id) on delete cascade,
    position    integer       not null,
    code        text          not null,
    spec        text          not null,
    price       numeric(12,2) not null check (price >= 0),
    stock       integer       not null check (stock >= 0),
    unique (product_id, code)
);

create table promotion (
    id          bigint generated always as identity primary key,
    shop_id     bigint      not null references shop (id) on delete cascade,
    name        text        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    script      text        not null default '',
    check (ends_at > starts_at)
);

create table courier_setting (
    shop_id          bigint primary key references shop (id) on delete cascade,
    default_courier  text   not null,
    alternatives     text[] not null default '{}',
    shipping_cutoff  time   not null default '16:00'
);

-- places a courier does not reach (不到的地区)
create table courier_exclusion (
    shop_id  bigint not null references shop (id) on delete cascade,
    courier  text   not null,
    place    text   not null,
    primary key (shop_id, courier, place)
);

create table store_policy (
    id        bigint generated always as identity primary key,
    shop_id   bigint not null references shop (id) on delete cascade,
    code      text   not null,
    title     text   not null,
    body      text   not null,
    unique (shop_id, code)
);

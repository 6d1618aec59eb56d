-- Quizzes from the shop's catalogue (issue 16). Questions are built from the current products, couriers, policies,
-- campaigns and scripts whenever a quiz is drawn; a quiz keeps its questions as shown (text, options, the right
-- option and where it came from) so it is scored against what the trainee saw, and each keeps its key (what it asks
-- about, e.g. product:12:参数:功率) so results add up per question across quizzes. The trainer writes questions of
-- their own and retires any question by its key.

create table quiz_authored_question (
    id           bigint generated always as identity primary key,
    shop_id      bigint       not null references shop (id) on delete cascade,
    text         text         not null check (length(text) between 1 and 500),
    options      text[]       not null check (cardinality(options) between 2 and 6),
    right_option integer      not null check (right_option >= 0 and right_option < cardinality(options)),
    created_by   bigint       references agent (id) on delete set null,
    created_at   timestamptz  not null
);

create index quiz_authored_question_by_shop on quiz_authored_question (shop_id, id);

create table quiz_retired_question (
    shop_id      bigint       not null references shop (id) on delete cascade,
    question_key text         not null check (length(question_key) between 1 and 300),
    retired_by   bigint       references agent (id) on delete set null,
    retired_at   timestamptz  not null,
    primary key (shop_id, question_key)
);

create table quiz (
    id           bigint generated always as identity primary key,
    shop_id      bigint       not null references shop (id) on delete cascade,
    trainee_id   bigint       not null references trainee (id) on delete cascade,
    agent_id     bigint       not null references agent (id) on delete cascade,
    created_by   bigint       references agent (id) on delete set null,
    created_at   timestamptz  not null,
    answered_at  timestamptz  check (answered_at >= created_at)
);

create index quiz_by_shop on quiz (shop_id, created_at);
create index quiz_by_trainee on quiz (trainee_id, created_at);

create table quiz_question (
    id                bigint generated always as identity primary key,
    quiz_id           bigint       not null references quiz (id) on delete cascade,
    position          integer      not null check (position >= 0),
    question_key      text         not null check (length(question_key) between 1 and 300),
    topic             text         not null check (topic in ('PARAMETER', 'SELLING_POINT', 'PRICE', 'PROMOTION',
                                                             'COURIER', 'POLICY', 'SCRIPT', 'TRAINER')),
    text              text         not null,
    options           text[]       not null check (cardinality(options) between 2 and 6),
    right_option      integer      not null check (right_option >= 0 and right_option < cardinality(options)),
    source_product_id bigint,      -- no reference: the question stays as shown when the product goes
    source_product    text,
    source_field      text         not null,
    chosen_option     integer      check (chosen_option >= 0 and chosen_option < cardinality(options)),
    unique (quiz_id, position)
);

create index quiz_question_by_key on quiz_question (question_key);

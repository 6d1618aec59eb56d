-- Typing tests (打字测试, issue 16): a passage from the shop's own words issued to an agent, and once submitted the
-- text typed, the number of input events, the score (net characters a minute over the time the server measured,
-- accuracy 0–1) and, when the attempt was voided (pasting or a keystroke log inconsistent with the text: cheating
-- for the appraisal), the reason. An attempt never submitted keeps only its passage and issue time.

create table typing_test (
    id                bigint generated always as identity primary key,
    shop_id           bigint       not null references shop (id) on delete cascade,
    agent_id          bigint       not null references agent (id) on delete cascade,
    passage           text         not null check (length(passage) between 1 and 1000),
    issued_at         timestamptz  not null,
    submitted_at      timestamptz  check (submitted_at >= issued_at),
    typed             text         check (length(typed) <= 2000),
    keystrokes        integer      check (keystrokes >= 0),
    chars_per_minute  integer      check (chars_per_minute >= 0),
    accuracy          numeric(5,4) check (accuracy between 0 and 1),
    void_reason       text         check (void_reason in ('PASTE', 'OVERSIZED_COMMIT', 'TIMESTAMPS',
                                                          'UNCOVERED_TEXT', 'IMPLAUSIBLE_RATE')),
    check ((submitted_at is null) = (typed is null)),
    check ((submitted_at is null) = (chars_per_minute is null)),
    check ((submitted_at is null) = (keystrokes is null)),
    check ((chars_per_minute is null) = (accuracy is null)),
    check (void_reason is null or submitted_at is not null)
);

create index typing_test_by_shop on typing_test (shop_id, submitted_at);
create index typing_test_by_agent on typing_test (agent_id, issued_at);

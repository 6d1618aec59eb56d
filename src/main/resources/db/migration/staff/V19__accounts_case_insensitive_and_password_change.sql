-- Usernames are one account whatever their case (ADMIN and admin), and an account may be told to change
-- its password at its next sign-in (after an administrator's reset, or a generated first password).

-- Accounts whose usernames differ only in case: the oldest keeps its name, each later one is renamed to
-- <username>-<id> (still able to sign in under the new name, which the team page shows), so that no
-- account is lost or merged.
update agent a set username = a.username || '-' || a.id
where a.username is not null
  and exists (select 1 from agent b where b.username is not null and lower(b.username) = lower(a.username)
              and b.id < a.id);

alter table agent drop constraint agent_username_key;
create unique index agent_username_lower_key on agent (lower(username));

alter table agent add column must_change_password boolean not null default false;

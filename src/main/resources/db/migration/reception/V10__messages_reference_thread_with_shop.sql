-- A message's thread must be a thread of the message's shop. One foreign key on (thread_id, shop_id) says so and
-- replaces the two separate ones, halving the key checks of a bulk insert of messages (see V9). Deleting a
-- shop still deletes its messages, through its threads.

alter table thread add constraint thread_id_shop_key unique (id, shop_id);

alter table message drop constraint message_shop_id_fkey;
alter table message drop constraint message_thread_id_fkey;
alter table message add constraint message_thread_fkey
    foreign key (thread_id, shop_id) references thread (id, shop_id) on delete cascade;

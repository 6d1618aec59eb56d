-- An order's buyer must be a buyer of the order's shop. One foreign key on (buyer_id, shop_id) says so and
-- replaces the two separate ones: each checked key costs a lookup and a row lock per inserted order, and the
-- lock on the one shop row was a quarter of the time of a bulk insert. Deleting a shop still deletes its
-- orders, through its buyers.

alter table buyer add constraint buyer_id_shop_key unique (id, shop_id);

alter table shop_order drop constraint shop_order_shop_id_fkey;
alter table shop_order drop constraint shop_order_buyer_id_fkey;
alter table shop_order add constraint shop_order_buyer_fkey
    foreign key (buyer_id, shop_id) references buyer (id, shop_id) on delete cascade;

-- Imported messages are now filed into their day's conversation by the statement that stores them (JdbcMessages):
-- none waits unfiled any more, so the index that found them goes.
drop index if exists message_unfiled_idx;

package io.kefu.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long each shop keeps its chat records (保留期限; no setting: all of them). Once an hour
 * ({@link RetentionWorker}), the messages of business days before the kept months are
 * deleted, a batch at a time, with the conversations left empty, and every archive index
 * is told to forget those days. Figures already computed from them stay.
 */
@Component
class ChatRetention {

	private static final Logger log = LoggerFactory.getLogger(ChatRetention.class);

	private static final int BATCH = 10_000;

	private final JdbcClient jdbc;

	private final Shops shops;

	private final java.time.Clock clock;

	ChatRetention(JdbcClient jdbc, Shops shops, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.shops = shops;
		this.clock = clock;
	}

	void sweep() {
		List<long[]> kept = jdbc.sql("select shop_id, keep_months from archive_settings where keep_months is not null")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] shop : kept) {
			shops.find(ShopId.of(shop[0])).ifPresent(found -> sweep(found, (int) shop[1], clock.instant()));
		}
	}

	/**
	 * @return how many messages were deleted
	 */
	int sweep(Shop shop, int keepMonths, Instant now) {
		LocalDate firstKept = shop.businessDay(now).minusMonths(keepMonths);
		Instant cutoff = shop.startOf(firstKept);
		int deleted = 0;
		int batch;
		do {
			batch = jdbc.sql("""
					delete from message where id in
					(select id from message where shop_id = ? and sent_at < ? order by id limit ?)
					""").params(shop.id().value(), ts(cutoff), BATCH).update();
			deleted += batch;
		}
		while (batch == BATCH);
		int conversations = jdbc.sql("""
				delete from conversation c where c.shop_id = ? and c.status = 'CLOSED' and c.closed_at < ?
				and not exists (select 1 from message m where m.conversation_id = c.id)
				""").params(shop.id().value(), ts(cutoff)).update();
		if (deleted > 0 || conversations > 0) {
			jdbc.sql("insert into archive_erasure (shop_id, before_day) values (?, ?)")
				.params(shop.id().value(), firstKept)
				.update();
			log.info("Shop {} keeps {} months of chat records: deleted {} messages and {} conversations before {}",
					shop.id(), keepMonths, deleted, conversations, firstKept);
		}
		return deleted;
	}

	private static java.sql.Timestamp ts(Instant at) {
		return java.sql.Timestamp.from(at);
	}

}

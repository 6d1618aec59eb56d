package io.kefu.reception.internal;

import io.kefu.customer.BuyerErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A buyer erased: every message with them, their conversations (handover notes with
 * them), offline messages and chat addresses are deleted, and every node's archive index
 * is told to forget them. Refused while the buyer is in an open conversation: close it
 * first.
 */
@Component
class ErasedChats {

	private final JdbcClient jdbc;

	ErasedChats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(BuyerErased erased) {
		long shopId = erased.shopId().value();
		long buyerId = erased.buyerId().value();
		boolean open = jdbc
			.sql("select exists (select 1 from conversation where shop_id = ? and buyer_id = ? and status <> 'CLOSED')")
			.params(shopId, buyerId)
			.query(Boolean.class)
			.single();
		if (open) {
			throw new IllegalStateException(
					"Buyer " + buyerId + " is in an open conversation: close it, then erase the buyer's data");
		}
		jdbc.sql("delete from message where shop_id = ? and thread_id in (select id from thread where buyer_id = ?)")
			.params(shopId, buyerId)
			.update();
		for (String table : java.util.List.of("conversation", "offline_message")) {
			jdbc.sql("delete from " + table + " where shop_id = ? and buyer_id = ?").params(shopId, buyerId).update();
		}
		jdbc.sql("delete from visitor_address where buyer_id = ?").param(buyerId).update();
		jdbc.sql("insert into archive_erasure (shop_id, buyer_id) values (?, ?)").params(shopId, buyerId).update();
	}

}

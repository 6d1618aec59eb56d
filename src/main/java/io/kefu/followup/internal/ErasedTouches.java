package io.kefu.followup.internal;

import io.kefu.customer.BuyerErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A buyer erased: their follow-ups stay (the reminder figures count them) without the
 * notes agents wrote about the buyer.
 */
@Component
class ErasedTouches {

	private final JdbcClient jdbc;

	ErasedTouches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(BuyerErased erased) {
		jdbc.sql("""
				update followup_touch set note = null where task_id in
				(select id from followup_task where shop_id = ? and buyer_id = ?)
				""").params(erased.shopId().value(), erased.buyerId().value()).update();
		jdbc.sql("update followup_task set reason_note = null where shop_id = ? and buyer_id = ?")
			.params(erased.shopId().value(), erased.buyerId().value())
			.update();
	}

}

package io.kefu.order.internal;

import io.kefu.customer.BuyerErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A buyer erased: their orders keep their numbers, amounts and items (the shop's books
 * and figures need them) but lose the receiver's name, phone and address, and the remarks
 * on them, which often repeat an address.
 */
@Component
class ErasedReceivers {

	static final String ERASED_REMARK = "-";

	private final JdbcClient jdbc;

	ErasedReceivers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(BuyerErased erased) {
		jdbc.sql("""
				update shop_order set receiver_name = null, receiver_phone = null, receiver_address = null
				where shop_id = ? and buyer_id = ?
				""").params(erased.shopId().value(), erased.buyerId().value()).update();
		jdbc.sql("""
				update order_remark set text = ? where order_id in
				(select id from shop_order where shop_id = ? and buyer_id = ?)
				""").params(ERASED_REMARK, erased.shopId().value(), erased.buyerId().value()).update();
	}

}

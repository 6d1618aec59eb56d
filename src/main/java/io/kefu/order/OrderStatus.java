package io.kefu.order;

/** Where an order is in its life, as the marketplaces report it. */
public enum OrderStatus {

	/** 等待买家付款 */
	WAITING_PAYMENT,
	/** 买家已付款,等待卖家发货 */
	PAID,
	/** 卖家已发货,等待买家确认 */
	SHIPPED,
	/** 交易成功 */
	COMPLETED,
	/** 交易关闭 */
	CLOSED

}

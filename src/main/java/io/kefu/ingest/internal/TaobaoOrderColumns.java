package io.kefu.ingest.internal;

import java.util.List;

/**
 * The columns of the Taobao/Tmall 订单报表 Kefu reads, across the classic CSV and the Qianniu
 * export.
 */
final class TaobaoOrderColumns {

	static final Column ORDER_NO = Column.required("订单编号", "主订单编号");

	static final Column BUYER_NICK = Column.required("买家会员名", "买家昵称");

	static final Column STATUS = Column.required("订单状态");

	static final Column CREATED_AT = Column.required("订单创建时间", "创建时间");

	static final Column PAID_AT = Column.optional("订单付款时间", "付款时间");

	static final Column SHIPPED_AT = Column.optional("发货时间");

	// 交易成功 is the buyer's confirmation of receipt, or the automatic one after the
	// confirmation period
	static final Column RECEIVED_AT = Column.optional("确认收货时间", "交易成功时间");

	static final Column TOTAL_AMOUNT = Column.optional("总金额", "订单金额");

	static final Column PAID_AMOUNT = Column.optional("买家实际支付金额", "买家实付金额", "实付金额");

	static final Column SHIPPING_FEE = Column.optional("买家应付邮费", "邮费");

	static final Column REFUND_AMOUNT = Column.optional("退款金额");

	static final Column RECEIVER_NAME = Column.optional("收货人姓名", "收货人");

	static final Column RECEIVER_PHONE = Column.optional("联系手机", "联系电话", "收货人手机号");

	static final Column RECEIVER_ADDRESS = Column.optional("收货地址", "详细地址");

	static final Column SELLER_REMARK = Column.optional("订单备注", "商家备注");

	static final Column BUYER_MESSAGE = Column.optional("买家留言");

	static final Column ITEM_TITLES = Column.optional("宝贝标题", "商品标题");

	static final Column ITEM_COUNT = Column.optional("宝贝总数量", "商品数量");

	static final List<Column> ALL = List.of(ORDER_NO, BUYER_NICK, STATUS, CREATED_AT, PAID_AT, SHIPPED_AT, RECEIVED_AT,
			TOTAL_AMOUNT, PAID_AMOUNT, SHIPPING_FEE, REFUND_AMOUNT, RECEIVER_NAME, RECEIVER_PHONE, RECEIVER_ADDRESS,
			SELLER_REMARK, BUYER_MESSAGE, ITEM_TITLES, ITEM_COUNT);

	private TaobaoOrderColumns() {
	}

}

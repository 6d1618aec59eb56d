package io.kefu.ingest.internal;

import java.util.List;

/**
 * The columns of the JD order export (订单导出, {@code .xls} or {@code .xlsx}, one row per
 * order line) Kefu reads. Amounts other than 京东价 are the order's, repeated on each of its
 * rows.
 */
final class JdOrderColumns {

	static final Column ORDER_NO = Column.required("订单号", "订单编号");

	static final Column TITLE = Column.required("商品名称");

	static final Column QUANTITY = Column.required("订购数量", "商品数量");

	static final Column UNIT_PRICE = Column.required("京东价", "商品单价");

	static final Column OUTER_CODE = Column.optional("货号", "商家SKU编码", "商家编码");

	static final Column CREATED_AT = Column.required("下单时间");

	static final Column PAID_AT = Column.optional("付款确认时间");

	// 出库时间 in the seller back-end's export, 发货时间 in some re-saves and tools
	static final Column SHIPPED_AT = Column.optional("出库时间", "发货时间");

	// the order completes when the buyer confirms receipt, or JD does after the period
	static final Column RECEIVED_AT = Column.optional("订单完成时间", "完成时间");

	static final Column STATUS = Column.required("订单状态");

	static final Column ORDER_AMOUNT = Column.optional("订单金额");

	static final Column PAYABLE = Column.optional("应付金额");

	static final Column SHIPPING_FEE = Column.optional("运费金额", "运费");

	// JD spells it 帐 in the export and 账 on some pages
	static final Column BUYER_ACCOUNT = Column.optional("下单帐号", "下单账号");

	static final Column RECEIVER_NAME = Column.optional("客户姓名", "收货人姓名");

	static final Column RECEIVER_ADDRESS = Column.optional("客户地址", "收货地址");

	static final Column RECEIVER_PHONE = Column.optional("联系电话", "手机号");

	// JD's 订单备注 is what the buyer wrote when ordering
	static final Column BUYER_MESSAGE = Column.optional("订单备注");

	static final Column SELLER_REMARK = Column.optional("商家备注");

	// as Column.normalise leaves it: the export writes the brackets full-width
	static final Column REMARK_LEVEL = Column.optional("商家备注等级(等级1-5为由高到低)", "商家备注等级");

	static final List<Column> ALL = List.of(ORDER_NO, TITLE, QUANTITY, UNIT_PRICE, OUTER_CODE, CREATED_AT, PAID_AT,
			SHIPPED_AT, RECEIVED_AT, STATUS, ORDER_AMOUNT, PAYABLE, SHIPPING_FEE, BUYER_ACCOUNT, RECEIVER_NAME,
			RECEIVER_ADDRESS, RECEIVER_PHONE, BUYER_MESSAGE, SELLER_REMARK, REMARK_LEVEL);

	private JdOrderColumns() {
	}

}

package io.kefu.ingest.internal;

import java.util.List;

/**
 * The columns of the Pinduoduo order export ({@code .csv} or {@code .xlsx}, one row per
 * order: a Pinduoduo order holds one product) Kefu reads. Headers such as 商品总价(元) also
 * match when written with full-width brackets.
 */
final class PddOrderColumns {

	static final Column ORDER_NO = Column.required("订单号");

	static final Column STATUS = Column.required("订单状态");

	static final Column TITLE = Column.required("商品", "商品名称");

	static final Column QUANTITY = Column.required("商品数量(件)", "商品数量");

	static final Column PROPERTIES = Column.optional("商品规格");

	static final Column OUTER_CODE = Column.optional("商家编码-规格维度", "商家编码-商品维度", "商家编码");

	static final Column GOODS_TOTAL = Column.optional("商品总价(元)");

	static final Column SHIPPING_FEE = Column.optional("邮费(元)");

	static final Column PAID_AMOUNT = Column.optional("用户实付金额(元)");

	static final Column REFUND_AMOUNT = Column.optional("退款金额(元)", "退款金额");

	static final Column AFTER_SALE = Column.optional("售后状态");

	// Pinduoduo lists an order once its group has formed and it is paid: 订单成交时间 is
	// both its creation and its payment unless the file has the separate columns
	static final Column CONCLUDED_AT = Column.required("订单成交时间", "成交时间");

	static final Column CREATED_AT = Column.optional("订单创建时间", "下单时间");

	static final Column PAID_AT = Column.optional("支付时间");

	static final Column SHIPPED_AT = Column.optional("发货时间");

	static final Column RECEIVED_AT = Column.optional("确认收货时间", "签收时间");

	// the default export has no buyer nick; some tools add one
	static final Column BUYER = Column.optional("买家昵称", "用户昵称");

	static final Column RECEIVER_NAME = Column.optional("收货人", "收件人");

	static final Column RECEIVER_PHONE = Column.optional("手机", "收货人手机号", "收货人电话", "联系电话");

	static final Column PROVINCE = Column.optional("省");

	static final Column CITY = Column.optional("市");

	static final Column DISTRICT = Column.optional("区");

	static final Column STREET = Column.optional("街道");

	static final Column ADDRESS = Column.optional("收货地址", "详细地址");

	static final Column SELLER_REMARK = Column.optional("商家备注");

	static final Column BUYER_MESSAGE = Column.optional("买家留言");

	static final List<Column> ALL = List.of(ORDER_NO, STATUS, TITLE, QUANTITY, PROPERTIES, OUTER_CODE, GOODS_TOTAL,
			SHIPPING_FEE, PAID_AMOUNT, REFUND_AMOUNT, AFTER_SALE, CONCLUDED_AT, CREATED_AT, PAID_AT, SHIPPED_AT,
			RECEIVED_AT, BUYER, RECEIVER_NAME, RECEIVER_PHONE, PROVINCE, CITY, DISTRICT, STREET, ADDRESS, SELLER_REMARK,
			BUYER_MESSAGE);

	private PddOrderColumns() {
	}

}

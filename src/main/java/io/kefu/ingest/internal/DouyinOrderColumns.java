package io.kefu.ingest.internal;

import java.util.List;

/**
 * The columns of the Douyin 抖店 order export (about 65 columns, one row per sub-order 子订单)
 * that Kefu reads; amounts are the sub-order's.
 */
final class DouyinOrderColumns {

	static final Column ORDER_NO = Column.required("主订单编号");

	static final Column TITLE = Column.required("选购商品", "商品名称");

	static final Column PROPERTIES = Column.optional("商品规格");

	static final Column QUANTITY = Column.required("商品数量");

	static final Column OUTER_CODE = Column.optional("商家编码");

	static final Column UNIT_PRICE = Column.required("商品单价", "商品金额");

	static final Column PAYABLE = Column.optional("订单应付金额", "应付金额");

	static final Column SHIPPING_FEE = Column.optional("运费");

	static final Column BUYER = Column.optional("买家昵称", "用户昵称");

	static final Column RECEIVER_NAME = Column.optional("收件人", "收货人");

	static final Column RECEIVER_PHONE = Column.optional("收件人手机号", "收件人电话", "联系电话");

	static final Column PROVINCE = Column.optional("省");

	static final Column CITY = Column.optional("市");

	static final Column DISTRICT = Column.optional("区");

	static final Column STREET = Column.optional("街道");

	static final Column ADDRESS = Column.optional("详细地址", "收货地址");

	static final Column BUYER_MESSAGE = Column.optional("买家留言");

	static final Column CREATED_AT = Column.required("订单提交时间", "下单时间");

	static final Column PAID_AT = Column.optional("支付完成时间", "支付时间");

	static final Column SHIPPED_AT = Column.optional("发货时间");

	// the 抖店 export writes 订单完成时间: the buyer's confirmation of receipt, or the
	// automatic one
	static final Column RECEIVED_AT = Column.optional("订单完成时间", "完成时间", "确认收货时间");

	static final Column FLAG = Column.optional("旗帜颜色");

	static final Column SELLER_REMARK = Column.optional("商家备注");

	static final Column STATUS = Column.required("订单状态");

	static final Column AFTER_SALE = Column.optional("售后状态");

	static final List<Column> ALL = List.of(ORDER_NO, TITLE, PROPERTIES, QUANTITY, OUTER_CODE, UNIT_PRICE, PAYABLE,
			SHIPPING_FEE, BUYER, RECEIVER_NAME, RECEIVER_PHONE, PROVINCE, CITY, DISTRICT, STREET, ADDRESS,
			BUYER_MESSAGE, CREATED_AT, PAID_AT, SHIPPED_AT, RECEIVED_AT, FLAG, SELLER_REMARK, STATUS, AFTER_SALE);

	private DouyinOrderColumns() {
	}

}

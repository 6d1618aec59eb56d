package io.kefu.ingest.internal;

import java.util.List;

/**
 * The columns of the Taobao/Tmall 宝贝报表 (item lines) Kefu reads, classic CSV and Qianniu
 * export alike.
 */
final class TaobaoItemColumns {

	static final Column ORDER_NO = Column.required("订单编号", "主订单编号");

	static final Column TITLE = Column.required("标题", "商品标题", "宝贝标题");

	static final Column PRICE = Column.required("价格", "商品价格", "单价");

	static final Column QUANTITY = Column.required("购买数量", "商品数量");

	static final Column PROPERTIES = Column.optional("商品属性", "商品属性SKU", "销售属性");

	static final Column OUTER_CODE = Column.optional("商家编码", "外部系统编号");

	static final Column REFUND_AMOUNT = Column.optional("退款金额");

	static final List<Column> ALL = List.of(ORDER_NO, TITLE, PRICE, QUANTITY, PROPERTIES, OUTER_CODE, REFUND_AMOUNT);

	private TaobaoItemColumns() {
	}

}

package io.kefu.ingest.internal;

import java.util.List;

/** The columns of the Taobao/Tmall 宝贝报表 (item lines) Kefu reads, classic CSV and Qianniu export alike. */
enum TaobaoItemColumn implements ColumnAliases {

	ORDER_NO(true, "订单编号", "主订单编号"),
	TITLE(true, "标题", "商品标题", "宝贝标题"),
	PRICE(true, "价格", "商品价格", "单价"),
	QUANTITY(true, "购买数量", "商品数量"),
	PROPERTIES(false, "商品属性", "商品属性SKU", "销售属性"),
	OUTER_CODE(false, "商家编码", "外部系统编号"),
	REFUND_AMOUNT(false, "退款金额");

	private final boolean required;

	private final List<String> aliases;

	TaobaoItemColumn(boolean required, String... aliases) {
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

	@Override
	public boolean required() {
		return required;
	}
}

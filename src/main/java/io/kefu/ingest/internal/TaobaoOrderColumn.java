package io.kefu.ingest.internal;

import java.util.List;

/** The columns of the Taobao/Tmall 订单报表 Kefu reads, across the classic CSV and the Qianniu export. */
enum TaobaoOrderColumn implements ColumnAliases {

	ORDER_NO(true, "订单编号", "主订单编号"),
	BUYER_NICK(true, "买家会员名", "买家昵称"),
	STATUS(true, "订单状态"),
	CREATED_AT(true, "订单创建时间", "创建时间"),
	PAID_AT(false, "订单付款时间", "付款时间"),
	TOTAL_AMOUNT(false, "总金额", "订单金额"),
	PAID_AMOUNT(false, "买家实际支付金额", "买家实付金额", "实付金额"),
	SHIPPING_FEE(false, "买家应付邮费", "邮费"),
	REFUND_AMOUNT(false, "退款金额"),
	RECEIVER_NAME(false, "收货人姓名", "收货人"),
	RECEIVER_PHONE(false, "联系手机", "联系电话", "收货人手机号"),
	RECEIVER_ADDRESS(false, "收货地址", "详细地址"),
	SELLER_REMARK(false, "订单备注", "商家备注"),
	BUYER_MESSAGE(false, "买家留言"),
	ITEM_TITLES(false, "宝贝标题", "商品标题"),
	ITEM_COUNT(false, "宝贝总数量", "商品数量");

	private final boolean required;

	private final List<String> aliases;

	TaobaoOrderColumn(boolean required, String... aliases) {
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

package io.kefu.order;

/**
 * What a remark is about, offered to the agent as a preset with the seed's own wording to
 * start from, and the flag the seed gives it. Any text may follow; the kind only helps
 * the clerk sort the list. Seed 000, 电商客服岗位职责及工作流程 (二)售前客服 ③④ and 电商部客服工作流程 f.
 */
public enum RemarkKind {

	/** 改地址: ③ "客户要求修改地址,新地址为: ---日期 姓名", red flag. */
	ADDRESS("客户要求修改地址,新地址为:", Flag.RED),
	/** 改属性: ③ "客户拍下,要求修改成,已修改妥当", red flag. */
	ATTRIBUTE("客户拍下,要求修改成,已修改妥当", Flag.RED),
	/** 指定快递: ④ 快递要求 and f "特别注明发什么快递", red flag. */
	COURIER("客户要求发", Flag.RED),
	/** 赠品: f "送某某礼物一份", a promise rather than a change, flagged yellow here. */
	GIFT("承诺赠送", Flag.YELLOW),
	/** 发票: ④ "发票(询问客户发票抬头)", red flag. */
	INVOICE("客户要求开发票,抬头:", Flag.RED),
	/** 贺卡: ④ "贺卡(询问客户贺卡内容)", red flag. */
	GREETING_CARD("客户要求附贺卡,内容:", Flag.RED),
	/** 送货时间: ④ "送货时间(询问客户需要快递在什么时间段送货)", red flag. */
	DELIVERY_TIME("客户要求送货时间:", Flag.RED),
	/**
	 * 不要了: ⑤ "客户拍下付款后,又告知不想购买了的 … 还未打单的,通知打单人员直接将此订单作废", red flag. Only a paid order that
	 * has not shipped may be asked for ({@link Order#voidability()}).
	 */
	CANCEL("客户拍下付款后不想要了,未打单请作废", Flag.RED),
	/** 其他: any other special request, red flag. */
	OTHER("客户要求", Flag.RED);

	private final String wording;

	private final Flag suggestedFlag;

	RemarkKind(String wording, Flag suggestedFlag) {
		this.wording = wording;
		this.suggestedFlag = suggestedFlag;
	}

	/** How the seed starts such a remark; the agent completes or replaces it. */
	public String wording() {
		return wording;
	}

	/** The flag used when the agent picks none. */
	public Flag suggestedFlag() {
		return suggestedFlag;
	}

}

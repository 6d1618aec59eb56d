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
	/** 其他: ④ 发票, 贺卡, 送货时间 and other special requests, red flag. */
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

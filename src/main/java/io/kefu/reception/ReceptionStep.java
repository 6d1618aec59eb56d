package io.kefu.reception;

/**
 * The eight steps of an online reception (seed 004 在线接待基本流程): 问好 提问 分析 推荐 谈判 帮助 核实 告别, in
 * their order.
 */
public enum ReceptionStep {

	/** 问好: the first reply, prompt and polite. */
	GREETING,
	/** 提问: questions that lead the buyer to what they need. */
	QUESTIONING,
	/** 分析: working out what the buyer really needs. */
	ANALYSIS,
	/** 推荐: recommending what suits them from what was asked and analysed. */
	RECOMMENDATION,
	/** 谈判: bargaining, giving way to close the deal. */
	NEGOTIATION,
	/** 帮助: helping with choosing, the postage, the order and the payment. */
	HELP,
	/** 核实: confirming the address, the item and the courier before the deal closes. */
	VERIFICATION,
	/** 告别: closing with thanks, a review and a favourite asked for. */
	FAREWELL;

	/** The step after this one, or this one when it is the last. */
	public ReceptionStep next() {
		return this == FAREWELL ? this : values()[ordinal() + 1];
	}

}

package io.kefu.quality;

/**
 * The inspection rules, each named after what it catches. The seeds' wording is quoted
 * where the rule comes from: seed 001 3.7 禁用/善用, seed 004's eight reception steps.
 */
public enum Rule {

	/** 忌单独出现单音节字 (恩, 额, 好); seed 004's bad greeting "在". */
	LONE_SYLLABLE(true),
	/** 忌出现语气助词 (啊, 呀, 吧) at the end of a sentence. */
	MODAL_PARTICLE(true),
	/** 忌:顾客多个问题,分几条回复 — one question run answered in three or more quick pieces. */
	FRAGMENTED_ANSWER(false),
	/** 忌:!? — doubled or mixed exclamation and question marks. */
	HARSH_PUNCTUATION(true),
	/** 多说"我们",少说"我". */
	I_NOT_WE(true),
	/** 问好: the agent's first message greets the buyer. */
	NO_GREETING(true),
	/** A refusal with nothing offered instead (seed 004's backpack: "没"). */
	BLUNT_NO(true),
	/** An answer slower than the slow threshold (慢响应). */
	SLOW_RESPONSE(false),
	/** A question run that no human agent answered. */
	UNANSWERED(false),
	/** 核实: the order's details were not confirmed after it was created. */
	NO_VERIFICATION(false),
	/** 告别: a reception of several answered questions that ends without a closing. */
	NO_FAREWELL(true),
	/**
	 * Guiding the buyer off the marketplace (WeChat, QQ, bank transfer, a phone number).
	 */
	OFF_PLATFORM(true),
	/** Extreme words that the advertising law forbids (最好, 第一, 国家级 …). */
	EXTREME_WORDS(true),
	/** Dismissive or abusive words (不知道, 自己看, 爱买不买 …). */
	RUDE(true);

	private final boolean textual;

	Rule(boolean textual) {
		this.textual = textual;
	}

	/**
	 * Whether the rule reads only the words of the transcript: the others need the
	 * messages' times (or an order) and are skipped on transcripts without them.
	 */
	public boolean isTextual() {
		return textual;
	}

}

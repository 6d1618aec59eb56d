package io.kefu.reception;

import java.util.Map;

/**
 * A shop's live-chat settings: the three auto-replies (自动回复; seed 000 电商部客服工作流程 b:
 * 迎宾、离开、忙碌), the concurrency cap every agent has unless the supervisor gave them their
 * own, and the after-sales window: a buyer with an order shipped, completed or refunded
 * and paid within that many days goes to after-sales.
 *
 * @param welcomeText sent when an agent is first given the buyer
 * @param awayText sent when no agent of the buyer's group is at the desk; the page then
 * offers the offline-message form
 * @param busyText sent when every agent of the group is full; the page shows the queue
 * position
 * @param agentCaps agents' own caps by agent id
 */
public record ChatSettings(String welcomeText, String awayText, String busyText, int concurrencyCap,
		int afterSalesWindowDays, Map<Long, Integer> agentCaps) {

	public static final int MAX_TEXT = 500;

	public static final int MAX_CAP = 50;

	/** Wording from seed 000 (打招呼用语, 淘宝售前客服) and seed 003 (任务6.1, 自动回复). */
	public static final ChatSettings DEFAULTS = new ChatSettings("亲，您好，我是本店客服，很高兴为您服务，有什么可以帮到您的呢？",
			"亲爱的客人，您好，我是自动回复，有需要咨询的，可以先留言我，看到后会第一时间答复您哦。", "亲，在线咨询客户较多，给您回复稍慢，请谅解哦，请将咨询问题合并发送，我会及时给您详细回复，谢谢合作！", 5, 15,
			Map.of());

	public ChatSettings {
		welcomeText = text("welcomeText", welcomeText);
		awayText = text("awayText", awayText);
		busyText = text("busyText", busyText);
		cap("concurrencyCap", concurrencyCap);
		if (afterSalesWindowDays < 0 || afterSalesWindowDays > 90) {
			throw new InvalidChatInputException("afterSalesWindowDays", "is 0 to 90, not " + afterSalesWindowDays);
		}
		agentCaps = agentCaps == null ? Map.of() : Map.copyOf(agentCaps);
		agentCaps.forEach((agent, cap) -> cap("agentCaps." + agent, cap));
	}

	/**
	 * These settings with another welcome text, e.g. a running promotion's auto-reply
	 * (seed 000: 店铺各大活动时，旺旺自动回复需重新设置).
	 */
	public ChatSettings welcoming(String text) {
		return new ChatSettings(text, awayText, busyText, concurrencyCap, afterSalesWindowDays, agentCaps);
	}

	/** The cap of one agent: their own, else the shop's. */
	public int capOf(long agentId) {
		return agentCaps.getOrDefault(agentId, concurrencyCap);
	}

	private static String text(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidChatInputException(field, "must not be blank");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidChatInputException(field, "is at most " + MAX_TEXT + " characters, not " + text.length());
		}
		// the same rule as chat messages: the texts are sent to buyers as messages
		if (text.codePoints()
			.anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')) {
			throw new InvalidChatInputException(field, "must not contain control characters");
		}
		return text.strip();
	}

	private static void cap(String field, Integer cap) {
		if (cap == null || cap < 1 || cap > MAX_CAP) {
			throw new InvalidChatInputException(field, "is 1 to " + MAX_CAP + ", not " + cap);
		}
	}

}

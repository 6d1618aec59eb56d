package io.kefu.reception.internal;

import io.kefu.staff.SkillGroup;

/**
 * What the system tells the buyer in the chat when their conversation changes hands.
 * These are stored messages, so they are written in the shop's language, Chinese.
 */
final class SystemLines {

	static final String CLOSED = "本次会话已结束，感谢您的光临！";

	static final String REQUEUED = "客服暂时离开，正在为您转接其他客服，请稍候。";

	static final String OFFLINE_MESSAGE_LEFT = "您的留言已收到，客服看到后会第一时间答复您。";

	private SystemLines() {
	}

	static String transferredTo(String agentName) {
		return "已为您转接到客服" + agentName + "，请稍候。";
	}

	static String transferredTo(SkillGroup group) {
		return "已为您转接到" + (group == SkillGroup.AFTER_SALES ? "售后客服" : "售前客服") + "，请稍候。";
	}

}

package io.kefu.demo.internal;

import java.time.Instant;
import java.time.ZoneId;

import io.kefu.order.Flag;
import io.kefu.order.Remark;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The demo's remarks in the order module's house form (客服名 客户要求/我们的承诺 日期, e.g. 小美 客户要求发顺丰
 * 2026.11.20), so that generated and written remarks read alike.
 */
final class RemarkForm {

	private RemarkForm() {
	}

	static Remark write(long agentId, String agentName, String what, @Nullable Flag flag, Instant at, ZoneId zone) {
		String text = io.kefu.order.RemarkForm.of(agentName, what, at.atZone(zone).toLocalDate()).text();
		return new Remark(AgentId.of(agentId), text, flag, at);
	}

}

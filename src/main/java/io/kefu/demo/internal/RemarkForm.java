package io.kefu.demo.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.kefu.order.Flag;
import io.kefu.order.Remark;

import org.jspecify.annotations.Nullable;

/**
 * The house form of a remark (seed 000, 电商部客服工作流程 f): 客服名 客户要求/我们的承诺 日期, e.g. 小美 客户要求发顺丰
 * 11.20.
 */
final class RemarkForm {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M.d");

	private RemarkForm() {
	}

	static Remark write(long agentId, String agentName, String what, @Nullable Flag flag, Instant at, ZoneId zone) {
		return new Remark(agentId, agentName + " " + what + " " + at.atZone(zone).format(DATE), flag, at);
	}

}

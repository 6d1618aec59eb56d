package io.kefu.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.followup.Channel;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.Followups;
import io.kefu.followup.TimeWindow;
import io.kefu.followup.TouchOutcome;
import io.kefu.followup.TouchRequest;
import io.kefu.reception.ClientAddress;
import io.kefu.reception.VisitorChat;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * The demo's follow-ups after the sale: review reminders of the orders received lately
 * and visits of the refund cases closed lately, about half of them worked by the
 * after-sales agents (messages in the message window, calls in a call window, each with
 * what the buyer said), and a few messages buyers left overnight, waiting for the
 * morning.
 */
@Component
class DemoAfterSaleFollowups {

	/** A morning's worth: a demo at benchmark scale leaves the rest untouched. */
	private static final int WORKED = 40;

	private static final List<String> VISIT_NOTES = List.of("问题已解决，很满意", "换货已收到，还算满意", "希望以后包装再好一点", "退款已到账，说下次还会来买");

	private static final List<String> LEFT_OVERNIGHT = List.of("你好，台灯的灯罩可以单独买吗？", "昨天拍的订单能改地址吗？改成公司地址", "有没有适合卧室的暖光款？");

	private final Followups followups;

	private final Staff staff;

	private final VisitorChat visitors;

	DemoAfterSaleFollowups(Followups followups, Staff staff, VisitorChat visitors) {
		this.followups = followups;
		this.staff = staff;
		this.visitors = visitors;
	}

	/** Opens and works the follow-ups as of {@code now}; returns how many there are. */
	int work(Shop shop, Instant now, long seed) {
		int opened = followups.openReviewReminders(shop.id(), now) + followups.openAfterSalesVisits(shop.id(), now);
		List<AgentId> agents = staff.inShop(shop.id())
			.stream()
			.filter(agent -> agent.skillGroup() == SkillGroup.AFTER_SALES)
			.map(Agent::id)
			.toList();
		if (!agents.isEmpty()) {
			RandomGenerator random = new java.util.Random(seed);
			FollowupSettings settings = followups.settings(shop.id());
			workHalf(shop, settings, FollowupKind.REVIEW_REMINDER, agents, now, random);
			workHalf(shop, settings, FollowupKind.AFTER_SALES_VISIT, agents, now, random);
		}
		for (int i = 0; i < LEFT_OVERNIGHT.size(); i++) {
			var session = visitors.startSession(shop.id(), "夜猫子" + (i + 1), ClientAddress.of("192.0.2." + (10 + i)));
			visitors.leaveMessage(visitors.verify(session.token()), LEFT_OVERNIGHT.get(i), null);
		}
		return opened + LEFT_OVERNIGHT.size();
	}

	private void workHalf(Shop shop, FollowupSettings settings, FollowupKind kind, List<AgentId> agents, Instant now,
			RandomGenerator random) {
		List<Followup> due = followups.list(FollowupQuery.ofShop(shop.id()).ofKind(kind).inStatus(FollowupStatus.OPEN))
			.stream()
			.filter(task -> task.dueAt().isBefore(now))
			.toList();
		for (int i = 0; i < Math.min(due.size(), WORKED); i += 2) {
			Followup task = due.get(i);
			boolean call = kind == FollowupKind.AFTER_SALES_VISIT;
			List<TimeWindow> windows = call ? settings.callWindows() : List.of(settings.messageWindow());
			Instant at = TimeWindow.nextOpening(windows,
					task.dueAt().plus(Duration.ofMinutes(10 + random.nextInt(120))), shop.timeZone());
			if (at.isAfter(now)) {
				continue;
			}
			TouchRequest touch = call
					? new TouchRequest(Channel.PHONE,
							random.nextInt(4) == 0 ? TouchOutcome.NOT_ANSWERED : TouchOutcome.ANSWERED, null,
							VISIT_NOTES.get(random.nextInt(VISIT_NOTES.size())))
					: new TouchRequest(Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, null, null);
			followups.touch(task.id(), touch, agents.get(i / 2 % agents.size()), at);
		}
	}

}

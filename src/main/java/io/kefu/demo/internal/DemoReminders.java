package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.access.Role;
import io.kefu.followup.Channel;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.FollowupScripts;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.Followups;
import io.kefu.followup.PaymentReminder;
import io.kefu.followup.TimeWindow;
import io.kefu.followup.TouchOutcome;
import io.kefu.followup.TouchRequest;
import io.kefu.order.Order;
import io.kefu.order.Orders;
import io.kefu.shop.Shop;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * The demo's morning of payment reminders (催付): the unpaid orders of the last days get
 * their reminders, and the pre-sales agents have worked them as the seed says, so the
 * daily start and the follow-up list show every state — due and untouched (some overdue),
 * one to three touches in, ended unpaid with a reason, recovered by a reminder, paid on
 * the buyer's own, closed. Worked through the follow-up API, within its windows.
 */
@Component
class DemoReminders {

	/** How far back unpaid orders get a reminder in the demo. */
	private static final Duration LOOK_BACK = Duration.ofDays(3);

	/** A morning's worth: a demo at benchmark scale leaves the rest untouched. */
	private static final int WORKED = 80;

	private static final List<String> REASONS = List.of("忘记付款", "还在考虑", "价格/优惠", "物流/时效", "已在别家购买", "联系不上");

	private final Followups followups;

	private final FollowupScripts scripts;

	private final Orders orders;

	private final Staff staff;

	DemoReminders(Followups followups, FollowupScripts scripts, Orders orders, Staff staff) {
		this.followups = followups;
		this.scripts = scripts;
		this.orders = orders;
		this.staff = staff;
	}

	/** Opens and works the reminders as of {@code now}; returns how many there are. */
	int work(Shop shop, Instant now, long seed) {
		scripts.seed(shop.id());
		followups.openPaymentReminders(shop.id(), now.minus(LOOK_BACK), now);
		List<AgentId> agents = staff.inShop(shop.id())
			.stream()
			.filter(agent -> agent.roles().contains(Role.PRE_SALES) && agent.canSignIn())
			.map(Agent::id)
			.toList();
		if (agents.isEmpty()) {
			return 0;
		}
		FollowupSettings settings = followups.settings(shop.id());
		List<Followup> due = followups
			.list(FollowupQuery.ofShop(shop.id()).ofKind(FollowupKind.PAYMENT_REMINDER).inStatus(FollowupStatus.OPEN))
			.stream()
			.filter(task -> task.dueAt().isBefore(now))
			.toList();
		RandomGenerator random = new java.util.Random(seed);
		for (int i = 0; i < Math.min(due.size(), WORKED); i++) {
			Followup task = due.get(i);
			AgentId agent = task.agentId() != null ? task.agentId() : agents.get(i % agents.size());
			work(shop, settings, task, agent, i % 8, now, random);
		}
		followups.settle(shop.id());
		return due.size();
	}

	/**
	 * Plays one task to a state: 0 and 1 untouched, 2–4 that many touches, 5 the whole
	 * sequence, 6 recovered after the first message, 7 paid or closed before any touch.
	 */
	private void work(Shop shop, FollowupSettings settings, Followup task, AgentId agent, int plan, Instant now,
			RandomGenerator random) {
		if (plan == 7) {
			settleWithoutTouch(task, now, random);
			return;
		}
		int touches = switch (plan) {
			case 0, 1 -> 0;
			case 2, 3, 4 -> plan - 1;
			case 5 -> PaymentReminder.TOUCHES;
			default -> 1;
		};
		Instant at = task.dueAt();
		String reason = REASONS.get(random.nextInt(REASONS.size()));
		boolean answered = random.nextBoolean();
		for (int step = 1; step <= touches; step++) {
			Channel channel = PaymentReminder.channelOfStep(step);
			List<TimeWindow> windows = channel == Channel.PHONE ? settings.callWindows()
					: List.of(settings.messageWindow());
			at = TimeWindow.nextOpening(windows, at.plus(Duration.ofMinutes(step == 1 ? 5 : 60 + random.nextInt(90))),
					shop.timeZone());
			if (at.isAfter(now)) {
				return;
			}
			TouchOutcome outcome = channel == Channel.PHONE
					? (answered ? TouchOutcome.ANSWERED : TouchOutcome.NOT_ANSWERED) : TouchOutcome.SENT_IN_CLIENT;
			boolean withReason = step == PaymentReminder.TOUCHES || (step == PaymentReminder.CALL_STEP && answered);
			followups.touch(task.id(), new TouchRequest(channel, outcome, withReason ? reason : null, null), agent, at);
		}
		if (plan == 6) {
			Instant paidAt = at.plus(Duration.ofMinutes(20 + random.nextInt(100)));
			if (!paidAt.isAfter(now)) {
				pay(task, paidAt);
			}
		}
	}

	private void settleWithoutTouch(Followup task, Instant now, RandomGenerator random) {
		if (task.orderId() == null) {
			return;
		}
		Order order = orders.find(task.orderId()).orElseThrow();
		if (random.nextBoolean()) {
			Instant paidAt = task.dueAt().minus(Duration.ofMinutes(1 + random.nextInt(20)));
			pay(task, paidAt.isAfter(order.createdAt()) ? paidAt : order.createdAt().plusSeconds(60));
		}
		else {
			orders.record(List.of(order.close()));
		}
	}

	private void pay(Followup task, Instant paidAt) {
		Order order = orders.find(task.orderId()).orElseThrow();
		BigDecimal amount = order.totalAmount();
		orders.record(List.of(order.pay(paidAt, amount)));
	}

}

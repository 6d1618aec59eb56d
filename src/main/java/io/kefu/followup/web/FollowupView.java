package io.kefu.followup.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kefu.followup.Channel;
import io.kefu.followup.Followup;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupStatus;
import io.kefu.followup.FollowupSequence;
import io.kefu.followup.FollowupSettings;
import io.kefu.followup.Touch;
import io.kefu.followup.TouchOutcome;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as the API and pages show it: the next step, its channel and the outcomes
 * it may end with while it is open, the group whose task it is while nobody has it,
 * whether it is overdue, its touches with the names of who made them.
 */
record FollowupView(long id, FollowupKind kind, @Nullable String orderNo, long buyerId, String buyerNick,
		@Nullable Long agent, @Nullable String agentName, Instant startedAt, Instant dueAt, int step,
		@Nullable Integer nextStep, @Nullable Channel nextChannel, List<TouchOutcome> nextOutcomes, SkillGroup group,
		FollowupStatus status, boolean due, boolean overdue, @Nullable String reason, @Nullable String reasonNote,
		@Nullable Instant closedAt, @Nullable BigDecimal paidAmount, @Nullable BigDecimal orderAmount,
		List<TouchView> touches) {

	static FollowupView of(Followup task, FollowupSettings settings, ZoneId zone, Map<AgentId, String> names,
			Instant now) {
		FollowupSequence sequence = FollowupSequence.of(task.kind(), settings, zone);
		boolean open = task.status().isOpen() && task.step() < sequence.touches();
		Integer next = open ? task.step() + 1 : null;
		return new FollowupView(task.id().value(), task.kind(), task.orderNo() == null ? null : task.orderNo().value(),
				task.buyerId().value(), task.buyerNick(), task.agentId() == null ? null : task.agentId().value(),
				task.agentId() == null ? null : names.get(task.agentId()), task.startedAt(), task.dueAt(), task.step(),
				next, next == null ? null : sequence.channelOf(next),
				next == null ? List.of() : outcomesOf(sequence, next), task.group(), task.status(),
				task.status().isOpen() && !now.isBefore(task.dueAt()), sequence.isOverdue(task, now), task.reason(),
				task.reasonNote(), task.closedAt(), task.paidAmount(), task.orderAmount(),
				task.touches().stream().map(touch -> TouchView.of(touch, names)).toList());
	}

	/** The step's outcomes, those of its own channel first (a visit is a call first). */
	private static List<TouchOutcome> outcomesOf(FollowupSequence sequence, int step) {
		Channel channel = sequence.channelOf(step);
		return sequence.outcomesOf(step)
			.stream()
			.sorted(Comparator.comparing(outcome -> outcome.channel() != channel))
			.toList();
	}

	record TouchView(int step, Channel channel, TouchOutcome outcome, @Nullable Long agent, @Nullable String agentName,
			Instant at, @Nullable String note) {

		static TouchView of(Touch touch, Map<AgentId, String> names) {
			return new TouchView(touch.step(), touch.channel(), touch.outcome(),
					touch.agentId() == null ? null : touch.agentId().value(),
					touch.agentId() == null ? null : names.get(touch.agentId()), touch.at(), touch.note());
		}

	}

}

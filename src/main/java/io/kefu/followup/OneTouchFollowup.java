package io.kefu.followup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import io.kefu.followup.TouchRefusedException.Refusal;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up worked in one touch that ends it 已跟进 (done): the review reminder (好评提醒,
 * seed 003 任务6.1 — a message to a buyer who confirmed receipt days ago and has not
 * reviewed), the after-sales visit (回访, seed 000 电话回访 — a call, or a message to a buyer
 * who cannot be called) and the answer to an offline message (留言). None takes a reason
 * for not paying; a review reminder is called off when the buyer asks for a refund, since
 * a buyer in a dispute is not asked for a review.
 */
public final class OneTouchFollowup implements FollowupSequence {

	private final FollowupSettings settings;

	private final ZoneId zone;

	private final Channel channel;

	private final Set<TouchOutcome> outcomes;

	private OneTouchFollowup(FollowupSettings settings, ZoneId zone, Channel channel, Set<TouchOutcome> outcomes) {
		this.settings = settings;
		this.zone = zone;
		this.channel = channel;
		this.outcomes = outcomes;
	}

	public static OneTouchFollowup reviewReminder(FollowupSettings settings, ZoneId zone) {
		return new OneTouchFollowup(settings, zone, Channel.MESSAGE,
				EnumSet.of(TouchOutcome.SENT, TouchOutcome.SENT_IN_CLIENT));
	}

	public static OneTouchFollowup offlineMessageReply(FollowupSettings settings, ZoneId zone) {
		return new OneTouchFollowup(settings, zone, Channel.MESSAGE,
				EnumSet.of(TouchOutcome.SENT, TouchOutcome.SENT_IN_CLIENT));
	}

	/** A call first; a message when the buyer has no phone or prefers chat. */
	public static OneTouchFollowup afterSalesVisit(FollowupSettings settings, ZoneId zone) {
		return new OneTouchFollowup(settings, zone, Channel.PHONE, EnumSet.of(TouchOutcome.ANSWERED,
				TouchOutcome.NOT_ANSWERED, TouchOutcome.SENT, TouchOutcome.SENT_IN_CLIENT));
	}

	@Override
	public int touches() {
		return 1;
	}

	/** The channel the seed names; the visit also takes a message. */
	@Override
	public Channel channelOf(int step) {
		return channel;
	}

	@Override
	public Set<TouchOutcome> outcomesOf(int step) {
		return outcomes;
	}

	@Override
	public Followup touch(Followup task, TouchRequest request, AgentId agent, Instant now) {
		TouchChecks.requireOpen(task, touches(), now);
		if (request.outcome().channel() != request.channel()) {
			throw new TouchRefusedException(Refusal.WRONG_OUTCOME,
					request.outcome() + " is not an outcome of a " + request.channel() + " touch");
		}
		if (outcomes.stream().noneMatch(outcome -> outcome.channel() == request.channel())) {
			throw new TouchRefusedException(Refusal.WRONG_CHANNEL,
					"This follow-up is made by " + channel + ", not " + request.channel());
		}
		if (!outcomes.contains(request.outcome())) {
			throw new TouchRefusedException(Refusal.WRONG_OUTCOME,
					"This follow-up ends with one of " + outcomes + ", not " + request.outcome());
		}
		if (request.reason() != null) {
			throw new TouchRefusedException(Refusal.UNKNOWN_REASON,
					"A reason for not paying belongs to payment reminders and inquiries; put what the buyer said "
							+ "in the note");
		}
		TouchChecks.requireWindow(settings, zone, request.channel(), now);
		Touch touch = new Touch(1, request.channel(), request.outcome(), agent, now, request.note());
		return task.with(FollowupStatus.DONE, List.of(touch), null, null, now, null);
	}

	/**
	 * The review reminder once the buyer asked for a refund: called off while open,
	 * unchanged once sent.
	 */
	public Followup settleDisputed(Followup task, Instant now) {
		if (task.kind() != FollowupKind.REVIEW_REMINDER || !task.status().isOpen()) {
			return task;
		}
		return task.with(FollowupStatus.CANCELLED, task.touches(), null, null, now, null);
	}

	/**
	 * The answer to an offline message once an agent handled the message at the desk:
	 * done, the agent's if it was nobody's.
	 */
	public Followup settleHandled(Followup task, @Nullable AgentId agent, Instant at) {
		if (task.kind() != FollowupKind.OFFLINE_MESSAGE || !task.status().isOpen()) {
			return task;
		}
		Followup done = task.with(FollowupStatus.DONE, task.touches(), null, null, at, null);
		return done.agentId() == null ? done.assignedTo(agent) : done;
	}

	/** None of these has a deadline in the seeds. */
	@Override
	public boolean isOverdue(Followup task, Instant now) {
		return false;
	}

}

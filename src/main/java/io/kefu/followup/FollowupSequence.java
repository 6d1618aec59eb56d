package io.kefu.followup;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.kefu.staff.AgentId;

/** The touches a kind of follow-up is worked through, and what each touch does. */
public interface FollowupSequence {

	/** How many touches the sequence has. */
	int touches();

	/** The channel of step {@code step} (1 to {@link #touches()}). */
	Channel channelOf(int step);

	/** The outcomes step {@code step} may end with. */
	default Set<TouchOutcome> outcomesOf(int step) {
		Channel channel = channelOf(step);
		Set<TouchOutcome> outcomes = EnumSet.noneOf(TouchOutcome.class);
		for (TouchOutcome outcome : TouchOutcome.values()) {
			if (outcome.channel() == channel) {
				outcomes.add(outcome);
			}
		}
		return outcomes;
	}

	/**
	 * The task with one more touch.
	 * @throws TouchRefusedException when the sequence does not allow this touch now
	 */
	Followup touch(Followup task, TouchRequest request, AgentId agent, Instant now);

	/** Whether an open task is late by the seed's measure. */
	boolean isOverdue(Followup task, Instant now);

	/** How many touches a kind of follow-up has, whatever the shop's settings. */
	static int touchesOf(FollowupKind kind) {
		return kind == FollowupKind.PAYMENT_REMINDER ? PaymentReminder.TOUCHES : 1;
	}

	/** The sequence of a kind of follow-up under a shop's settings. */
	static FollowupSequence of(FollowupKind kind, FollowupSettings settings, java.time.ZoneId zone) {
		return switch (kind) {
			case PAYMENT_REMINDER -> new PaymentReminder(settings, zone);
			case INQUIRY -> new InquiryFollowup(settings, zone);
			case REVIEW_REMINDER -> OneTouchFollowup.reviewReminder(settings, zone);
			case AFTER_SALES_VISIT -> OneTouchFollowup.afterSalesVisit(settings, zone);
			case OFFLINE_MESSAGE -> OneTouchFollowup.offlineMessageReply(settings, zone);
			case SECOND_MARKETING ->
				throw new IllegalArgumentException("Second marketing is worked as lists, not tasks");
		};
	}

}

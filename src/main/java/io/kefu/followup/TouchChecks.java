package io.kefu.followup;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import io.kefu.followup.TouchRefusedException.Refusal;

import org.jspecify.annotations.Nullable;

/** The refusals every follow-up sequence shares. */
final class TouchChecks {

	private TouchChecks() {
	}

	/** Touches remain, the task is open and it is due. */
	static void requireOpen(Followup task, int touches, Instant now) {
		if (task.step() >= touches) {
			throw new TouchRefusedException(Refusal.SEQUENCE_ENDED,
					"All " + touches + " touches of this follow-up were made");
		}
		if (!task.status().isOpen()) {
			throw new TouchRefusedException(Refusal.CLOSED, "This follow-up is closed: " + task.status());
		}
		if (now.isBefore(task.dueAt())) {
			throw new TouchRefusedException(Refusal.NOT_DUE, "This follow-up is due at " + task.dueAt());
		}
	}

	/** The request's channel and outcome are the step's. */
	static void requireChannel(int step, Channel expected, TouchRequest request) {
		if (request.channel() != expected) {
			throw new TouchRefusedException(Refusal.WRONG_CHANNEL,
					"Touch " + step + " is made by " + expected + ", not " + request.channel());
		}
		if (request.outcome().channel() != expected) {
			throw new TouchRefusedException(Refusal.WRONG_OUTCOME,
					request.outcome() + " is not an outcome of a " + expected + " touch");
		}
	}

	/** Messages inside the message window, calls inside a call window, in shop time. */
	static void requireWindow(FollowupSettings settings, ZoneId zone, Channel channel, Instant now) {
		LocalTime time = now.atZone(zone).toLocalTime();
		if (channel == Channel.MESSAGE && !settings.mayMessageAt(time)) {
			throw new TouchRefusedException(Refusal.OUTSIDE_MESSAGE_WINDOW,
					"Messages go out between " + settings.messageWindow() + ", not at " + time);
		}
		if (channel == Channel.PHONE && !settings.mayCallAt(time)) {
			throw new TouchRefusedException(Refusal.OUTSIDE_CALL_WINDOW,
					"Calls are made within " + settings.callWindows() + ", not at " + time);
		}
	}

	/** A reason, when given, is one of the shop's. */
	static void requireKnownReason(FollowupSettings settings, @Nullable String reason) {
		if (reason != null && !settings.reasons().contains(reason)) {
			throw new TouchRefusedException(Refusal.UNKNOWN_REASON,
					"The reason is one of " + settings.reasons() + ", not " + reason);
		}
	}

}

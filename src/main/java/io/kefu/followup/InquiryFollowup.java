package io.kefu.followup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.kefu.followup.TouchRefusedException.Refusal;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The follow-up of an inquiry that did not order (询单未下单, seed 000 "2.咨询未下单"): one message
 * that restates what the buyer asked, sent inside the message window, with the buyer's
 * reason when one is known. The message ends the task 已跟进 (done); an order of the buyer
 * placed after the inquiry closes it — 已下单 (ordered) before the message, a success after
 * it.
 */
public final class InquiryFollowup implements FollowupSequence {

	private final FollowupSettings settings;

	private final ZoneId zone;

	public InquiryFollowup(FollowupSettings settings, ZoneId zone) {
		this.settings = settings;
		this.zone = zone;
	}

	@Override
	public int touches() {
		return FollowupSequence.touchesOf(FollowupKind.INQUIRY);
	}

	@Override
	public Channel channelOf(int step) {
		return Channel.MESSAGE;
	}

	@Override
	public Followup touch(Followup task, TouchRequest request, AgentId agent, Instant now) {
		TouchChecks.requireOpen(task, touches(), now);
		TouchChecks.requireChannel(1, Channel.MESSAGE, request);
		TouchChecks.requireWindow(settings, zone, Channel.MESSAGE, now);
		String reason = request.reason();
		TouchChecks.requireKnownReason(settings, reason);
		if (FollowupSettings.OTHER_REASON.equals(reason) && request.note() == null) {
			throw new TouchRefusedException(Refusal.NOTE_REQUIRED, "The reason 其他 is put in words in the note");
		}
		Touch touch = new Touch(1, Channel.MESSAGE, request.outcome(), agent, now, request.note());
		return task.with(FollowupStatus.DONE, List.of(touch), reason,
				FollowupSettings.OTHER_REASON.equals(reason) ? request.note() : null, now, null);
	}

	/**
	 * The task once the buyer placed an order at {@code orderedAt} after the inquiry: an
	 * open task is ordered (nobody needed to follow it up), a followed-up one a success
	 * when the order came after the message. An order before the inquiry changes nothing.
	 */
	public Followup settle(Followup task, @Nullable Instant orderedAt) {
		if (orderedAt == null || !orderedAt.isAfter(task.startedAt())) {
			return task;
		}
		if (task.status() == FollowupStatus.OPEN) {
			return task.with(FollowupStatus.ORDERED, task.touches(), task.reason(), task.reasonNote(), orderedAt, null);
		}
		boolean afterMessage = task.firstTouch().map(touch -> orderedAt.isAfter(touch.at())).orElse(false);
		if (task.status() == FollowupStatus.DONE && afterMessage) {
			return task.with(FollowupStatus.SUCCEEDED, task.touches(), task.reason(), task.reasonNote(), orderedAt,
					null);
		}
		return task;
	}

	/** An inquiry has no deadline of its own in the seeds. */
	@Override
	public boolean isOverdue(Followup task, Instant now) {
		return false;
	}

}

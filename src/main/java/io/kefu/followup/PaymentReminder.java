package io.kefu.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kefu.followup.TouchRefusedException.Refusal;
import io.kefu.order.OrderStatus;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The four-touch payment reminder (催付) of seed 000 客服售前工作流程: ① 第一次旺旺留言, ② 第二次留言, ③ 电话, ④
 * 最后留言, in that order, each once. A task closes itself when its order is paid (successful
 * when paid after the first touch and within the reminder window, DOMAIN.md) or closed
 * unpaid; after the fourth touch it ends 未付款 with the buyer's reason. Messages go out
 * only inside the message window, calls only inside a call window, both in shop time.
 */
public final class PaymentReminder implements FollowupSequence {

	/** The touches of the sequence. */
	public static final int TOUCHES = 4;

	/** The step that is a phone call. */
	public static final int CALL_STEP = 3;

	private final FollowupSettings settings;

	private final ZoneId zone;

	public PaymentReminder(FollowupSettings settings, ZoneId zone) {
		this.settings = settings;
		this.zone = zone;
	}

	/** The channel step {@code step} (1–4) is made on. */
	public static Channel channelOfStep(int step) {
		return step == CALL_STEP ? Channel.PHONE : Channel.MESSAGE;
	}

	@Override
	public int touches() {
		return FollowupSequence.touchesOf(FollowupKind.PAYMENT_REMINDER);
	}

	@Override
	public Channel channelOf(int step) {
		return channelOfStep(step);
	}

	/**
	 * The task with one more touch; the fourth ends it 未付款.
	 * @throws TouchRefusedException when the sequence does not allow this touch now
	 */
	@Override
	public Followup touch(Followup task, TouchRequest request, AgentId agent, Instant now) {
		TouchChecks.requireOpen(task, TOUCHES, now);
		int step = task.step() + 1;
		TouchChecks.requireChannel(step, channelOfStep(step), request);
		TouchChecks.requireWindow(settings, zone, request.channel(), now);
		String reason = reasonOf(task, request, step);
		String reasonNote = noteOfReason(task, request, reason);
		List<Touch> touches = new ArrayList<>(task.touches());
		touches.add(new Touch(step, request.channel(), request.outcome(), agent, now, request.note()));
		if (step == TOUCHES) {
			return task.with(FollowupStatus.UNPAID, touches, reason, reasonNote, now, null);
		}
		return task.with(FollowupStatus.OPEN, touches, reason, reasonNote, null, null);
	}

	/**
	 * The task as its order now stands. A paid order closes an open task or turns an
	 * ended one (未付款) into its payment, successful when paid after the first touch and at
	 * most the reminder window after it; an order closed unpaid cancels an open task.
	 * Anything else leaves the task as it is.
	 */
	public Followup settle(Followup task, OrderStatus orderStatus, @Nullable Instant paidAt,
			@Nullable BigDecimal paidAmount, Instant now) {
		boolean settleable = task.status() == FollowupStatus.OPEN || task.status() == FollowupStatus.UNPAID;
		if (!settleable) {
			return task;
		}
		if (paidAt != null) {
			FollowupStatus outcome = isSuccess(task, paidAt) ? FollowupStatus.SUCCEEDED : FollowupStatus.PAID;
			return task.with(outcome, task.touches(), task.reason(), task.reasonNote(), paidAt, paidAmount);
		}
		if (orderStatus == OrderStatus.CLOSED && task.status() == FollowupStatus.OPEN) {
			return task.with(FollowupStatus.CANCELLED, task.touches(), task.reason(), task.reasonNote(), now, null);
		}
		return task;
	}

	/** Paid after the first touch and no later than the reminder window after it. */
	boolean isSuccess(Followup task, Instant paidAt) {
		return task.firstTouch()
			.map(Touch::at)
			.filter(first -> paidAt.isAfter(first) && !paidAt.isAfter(first.plus(settings.reminderWindow())))
			.isPresent();
	}

	/** Not started this long after the order was placed (seed 000: 12 hours). */
	@Override
	public boolean isOverdue(Followup task, Instant now) {
		return task.status().isOpen() && task.touches().isEmpty()
				&& now.isAfter(task.startedAt().plus(settings.overdueAfter()));
	}

	private @Nullable String reasonOf(Followup task, TouchRequest request, int step) {
		String reason = request.reason() == null ? task.reason() : request.reason();
		TouchChecks.requireKnownReason(settings, reason);
		if (reason == null && step == TOUCHES) {
			throw new TouchRefusedException(Refusal.REASON_REQUIRED,
					"The last touch ends the reminder unpaid: record the buyer's reason");
		}
		return reason;
	}

	private static @Nullable String noteOfReason(Followup task, TouchRequest request, @Nullable String reason) {
		if (!FollowupSettings.OTHER_REASON.equals(reason)) {
			return null;
		}
		if (request.reason() == null) {
			return task.reasonNote();
		}
		if (request.note() == null) {
			throw new TouchRefusedException(Refusal.NOTE_REQUIRED, "The reason 其他 is put in words in the note");
		}
		return request.note();
	}

}

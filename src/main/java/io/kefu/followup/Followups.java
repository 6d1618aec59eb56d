package io.kefu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * Every shop's follow-ups and their settings. Payment reminders open themselves from
 * stored orders and settle themselves when orders are paid or closed; agents touch them
 * one step at a time.
 */
public interface Followups {

	/** The shop's settings, the defaults until a supervisor changed them. */
	FollowupSettings settings(ShopId shop);

	FollowupSettings changeSettings(ShopId shop, FollowupSettings settings);

	/** Open tasks first by due time, then closed ones most recently closed first. */
	List<Followup> list(FollowupQuery query);

	Optional<Followup> find(FollowupId id);

	/**
	 * How many of the query's tasks are open, by kind (a kind without any is left out):
	 * those due at or before {@code dueBy}, or all when it is null. The query's status,
	 * limit and offset do not count. Reads only.
	 */
	Map<FollowupKind, Long> countOpen(FollowupQuery query, @Nullable Instant dueBy);

	/** How many follow-ups of this kind the shop has, in any status. */
	long count(ShopId shop, FollowupKind kind);

	/**
	 * Records the next touch. The task is locked and first settled against its order, so
	 * a touch on an order paid a moment ago is refused.
	 * @throws TouchRefusedException when the sequence does not allow the touch now
	 * @throws UnknownFollowupException when no task has that id
	 */
	Followup touch(FollowupId id, TouchRequest request, AgentId agent, Instant now);

	/**
	 * Hands an open task to an agent, or back to the group when null.
	 * @throws UnknownFollowupException when no task has that id
	 * @throws TouchRefusedException ({@code CLOSED}) when the task has its outcome
	 */
	Followup assign(FollowupId id, @Nullable AgentId agent);

	/**
	 * Opens a payment reminder for each of the shop's orders placed in the period, still
	 * unpaid and placed in the last week, that has none; each belongs to the agent the
	 * order is credited to at its creation, if the figures know one yet.
	 * @return how many were opened
	 */
	int openPaymentReminders(ShopId shop, Instant from, Instant to);

	/**
	 * Opens a follow-up for each inquiry that has none (one per buyer and business day),
	 * the agent's, due at the start of the next business day.
	 * @return how many were opened
	 */
	int openInquiries(ShopId shop, List<InquiryLead> leads);

	/**
	 * Opens a review reminder (好评提醒) for each of the shop's completed orders received in
	 * the week before {@code now} (or, without a receipt time, shipped the delivery days
	 * before that) that has none and no refund, due the review days after receipt; the
	 * after-sales group's.
	 * @return how many were opened
	 */
	int openReviewReminders(ShopId shop, Instant now);

	/**
	 * Opens an after-sales visit (回访) for each of the shop's orders placed in the 30 days
	 * before {@code now} whose refund case closed in the week before — no refund of it
	 * still requested — and that has none, due the visit days after the close; the
	 * after-sales group's.
	 * @return how many were opened
	 */
	int openAfterSalesVisits(ShopId shop, Instant now);

	/** Opens the task that answers an offline message, its group's, once. */
	void openOfflineMessage(ShopId shop, long offlineMessageId, BuyerId buyer, SkillGroup group, Instant leftAt);

	/**
	 * Ends the task of an offline message an agent handled at the desk: done, the agent's
	 * if it was nobody's.
	 */
	void closeOfflineMessage(long offlineMessageId, AgentId agent, Instant at);

	/** The offline message an {@code OFFLINE_MESSAGE} task answers. */
	Optional<LeftMessage> leftMessage(FollowupId id);

	/**
	 * Settles the shop's open and ended reminders whose orders were paid or closed since,
	 * its inquiries whose buyers have ordered since, and its open review reminders whose
	 * buyers asked for a refund.
	 * @return how many changed
	 */
	int settle(ShopId shop);

	/**
	 * Gives the shop's untouched, unassigned reminders to the agents their orders are now
	 * credited to.
	 * @return how many were given
	 */
	int assignCredited(ShopId shop);

	/** Per agent and business day of the first touch, the days from and to. */
	List<ReminderFigures> reminderFigures(ShopId shop, LocalDate from, LocalDate to);

	/**
	 * Per agent, the after-sales cases falling due on the business days from and to, as
	 * they stand at {@code now}: a case whose deadline has not passed and that is still
	 * open is not counted yet.
	 */
	List<AfterSalesCases> afterSalesCases(ShopId shop, LocalDate from, LocalDate to, Instant now);

}

package io.kefu.followup;

import java.time.Instant;
import java.util.List;

import io.kefu.shop.ShopId;

/** The scripts of the follow-up sequences, filled for one task. */
public interface FollowupScripts {

	/**
	 * Puts the groups of the follow-up scripts (催付, 询单未下单, 好评提醒, 售后回访, 留言回复, 二次营销) and
	 * their scripts into the shop's library where they are missing; scripts a supervisor
	 * edited stay as they are.
	 * @return how many scripts were added
	 */
	int seed(ShopId shop);

	/**
	 * The script of a step filled for the task: a payment reminder's step 4 takes the
	 * wording for an answered or unanswered call from the call's outcome; the other kinds
	 * have one step.
	 * @throws IllegalArgumentException unless the step is one of the kind's
	 */
	ReminderScript script(Followup task, int step, String agentName, Instant now);

	/**
	 * What the buyer asked in the chat, the last five text messages: before the order for
	 * a payment reminder, on the inquiry's day for an inquiry, the message itself for an
	 * offline message, nothing for the other kinds.
	 */
	List<String> questions(Followup task);

	/**
	 * The second-marketing message of the shop's library (二次营销 group), the shop's name
	 * filled and {@code {买家}} left for each buyer.
	 */
	String marketingText(ShopId shop);

}

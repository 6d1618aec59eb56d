package io.kefu.followup;

import java.time.Instant;
import java.util.List;

import io.kefu.shop.ShopId;

/** The scripts of the follow-up sequences, filled for one task. */
public interface FollowupScripts {

	/**
	 * Puts the 催付 group and each step's script into the shop's library where they are
	 * missing; scripts a supervisor edited stay as they are.
	 * @return how many scripts were added
	 */
	int seed(ShopId shop);

	/**
	 * The script of a payment reminder's step (1–4) filled for the task: step 4 takes the
	 * wording for an answered or unanswered call from the call's outcome.
	 * @throws IllegalArgumentException unless the step is 1–4
	 */
	ReminderScript script(Followup task, int step, String agentName, Instant now);

	/**
	 * What the buyer asked in the chat, the last five text messages: before the order for
	 * a payment reminder, on the inquiry's day for an inquiry.
	 */
	List<String> questions(Followup task);

	/**
	 * The second-marketing message of the shop's library (二次营销 group), the shop's name
	 * filled and {@code {买家}} left for each buyer.
	 */
	String marketingText(ShopId shop);

}

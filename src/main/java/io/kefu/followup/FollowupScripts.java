package io.kefu.followup;

import java.time.Instant;

/** The scripts of the follow-up sequences, filled for one task. */
public interface FollowupScripts {

	/**
	 * The script of a payment reminder's step (1–4) filled for the task: step 4 takes the
	 * wording for an answered or unanswered call from the call's outcome.
	 * @throws IllegalArgumentException unless the step is 1–4
	 */
	ReminderScript script(Followup task, int step, String agentName, Instant now);

}

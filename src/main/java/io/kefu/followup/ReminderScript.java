package io.kefu.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The script of one step of a follow-up with its placeholders filled for the task, ready
 * to send or to copy into the marketplace's client.
 *
 * @param code the shortcut code of the script in the library's group for the kind (催付,
 * 询单未下单, 好评提醒, 售后回访, 留言回复)
 * @param questions what the buyer asked in the chat before ordering (or on the inquiry's
 * day), newest last; for an offline message, the message
 * @param phone the buyer's phone, only for a call and only within a call window; masked
 * otherwise
 * @param call whether the step is a phone call
 * @param phoneWithheld whether Kefu masked the phone because this is no call or the time
 * is outside the call windows; a phone masked while not withheld came masked in the
 * marketplace's export
 */
public record ReminderScript(int step, @Nullable String code, String title, String text, List<String> questions,
		@Nullable String phone, boolean call, boolean phoneWithheld) {

	public ReminderScript {
		questions = List.copyOf(questions);
	}

}

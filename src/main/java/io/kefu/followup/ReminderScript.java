package io.kefu.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The script of one step of a payment reminder with its placeholders filled for the task,
 * ready to send or to copy into the marketplace's client.
 *
 * @param code the shortcut code of the script in the library's 催付 group
 * @param questions what the buyer asked in the chat before ordering, newest last
 * @param phone the buyer's phone, only for the call and only within a call window; masked
 * otherwise
 */
public record ReminderScript(int step, @Nullable String code, String title, String text, List<String> questions,
		@Nullable String phone) {

	public ReminderScript {
		questions = List.copyOf(questions);
	}

}

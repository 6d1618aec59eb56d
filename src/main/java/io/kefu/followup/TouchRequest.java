package io.kefu.followup;

import org.jspecify.annotations.Nullable;

/**
 * A touch as an agent records it: the channel, the outcome, the buyer's reason for not
 * paying when they gave one, and a note.
 */
public record TouchRequest(Channel channel, TouchOutcome outcome, @Nullable String reason, @Nullable String note) {

	public TouchRequest {
		reason = reason == null || reason.isBlank() ? null : reason.strip();
		note = note == null || note.isBlank() ? null : note.strip();
	}

}

package io.kefu.reception.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.reception.Presence;
import io.kefu.reception.PresenceSpan;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * Turns changes of presence into the spans at the desk: a span opens when an agent comes
 * online or busy from away or offline, and closes when they go away or sign out. Going
 * from online to busy (or back) keeps the span open.
 */
final class DeskSpans {

	private DeskSpans() {
	}

	/**
	 * @param changes ordered by agent and time; an agent's first may be before
	 * {@code from}, saying where they stood when the period began
	 * @return the spans cut to the period from {@code from} to {@code to}
	 */
	static List<PresenceSpan> of(List<Change> changes, Instant from, Instant to) {
		List<PresenceSpan> spans = new ArrayList<>();
		@Nullable AgentId agent = null;
		@Nullable Instant opened = null;
		for (Change change : changes) {
			if (!change.agent().equals(agent)) {
				close(spans, agent, opened, to);
				agent = change.agent();
				opened = null;
			}
			Instant at = change.at().isBefore(from) ? from : change.at();
			if (change.presence().isAtDesk() && opened == null) {
				opened = at;
			}
			else if (!change.presence().isAtDesk() && opened != null) {
				close(spans, agent, opened, at);
				opened = null;
			}
		}
		close(spans, agent, opened, to);
		return spans;
	}

	private static void close(List<PresenceSpan> spans, @Nullable AgentId agent, @Nullable Instant opened, Instant at) {
		if (agent != null && opened != null && at.isAfter(opened)) {
			spans.add(new PresenceSpan(agent, opened, at));
		}
	}

	/** The agent's presence became {@code presence} at {@code at}. */
	record Change(AgentId agent, Presence presence, Instant at) {
	}

}

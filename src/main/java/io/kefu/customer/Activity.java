package io.kefu.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One contact with a buyer on the timeline: what and when, a {@code code} naming what
 * happened with its {@code args} (the page words them in the reader's language: {@code
 * chat.live}, {@code chat.imported}, {@code refund}, {@code rating}, {@code complaint},
 * {@code touch}, {@code call}, {@code recorded}), who (when an agent did it) and where to
 * read more ({@code link}, a page path, when there is one).
 */
public record Activity(ActivityKind kind, Instant at, String code, List<String> args, @Nullable String agent,
		@Nullable String link) {

	public Activity {
		args = List.copyOf(args);
	}

}

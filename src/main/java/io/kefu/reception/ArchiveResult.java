package io.kefu.reception;

import java.util.List;

/**
 * One page of an archive search, newest message first; {@code total} counts every match.
 * {@code catchingUp} says that messages stored in the last moments may not be found yet.
 */
public record ArchiveResult(long total, int page, int pageSize, List<ArchiveHit> hits, boolean catchingUp) {

	public ArchiveResult {
		hits = List.copyOf(hits);
	}

}

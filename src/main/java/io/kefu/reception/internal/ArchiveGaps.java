package io.kefu.reception.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the archive's copy of the messages goes: every message id up to the
 * {@code watermark} is copied except those in the gaps. Ids are handed out in order but
 * committed in any order: a long import may commit after a later live message. An id
 * missing below a copied one is a gap, kept until every transaction that could still
 * commit it has ended. A gap is tagged with the transaction id counter (snapshot xmax)
 * read after the id was seen missing; once the oldest transaction still running (snapshot
 * xmin) is at or past the tag, what the gap still misses was rolled back or never used.
 */
final class ArchiveGaps {

	private long watermark;

	private final List<Gap> gaps = new ArrayList<>();

	ArchiveGaps(long watermark, List<Gap> gaps) {
		this.watermark = watermark;
		this.gaps.addAll(gaps);
	}

	long watermark() {
		return watermark;
	}

	List<Gap> open() {
		return List.copyOf(gaps);
	}

	/**
	 * The ids read past the watermark, ascending; those skipped on the way become gaps
	 * tagged {@code tag}.
	 */
	void advance(long[] ascendingIds, long tag) {
		for (long id : ascendingIds) {
			if (id <= watermark) {
				throw new IllegalArgumentException("Id " + id + " is not past the watermark " + watermark);
			}
			if (id > watermark + 1) {
				gaps.add(new Gap(watermark + 1, id - 1, tag));
			}
			watermark = id;
		}
	}

	/** The ids of a gap that were found since: what is left of it stays open. */
	void found(Gap gap, long[] ascendingIds) {
		if (!gaps.remove(gap)) {
			return;
		}
		long from = gap.from();
		for (long id : ascendingIds) {
			if (id < gap.from() || id > gap.to()) {
				continue;
			}
			if (id > from) {
				gaps.add(new Gap(from, id - 1, gap.tag()));
			}
			from = id + 1;
		}
		if (from <= gap.to()) {
			gaps.add(new Gap(from, gap.to(), gap.tag()));
		}
	}

	/**
	 * Closes the gaps that no running transaction can fill any more.
	 * @param oldestRunning the snapshot xmin read before the gaps were last searched
	 */
	void close(long oldestRunning) {
		gaps.removeIf(gap -> gap.tag() <= oldestRunning);
	}

	/** {@code watermark;from-to@tag,from-to@tag} */
	String write() {
		StringBuilder text = new StringBuilder(Long.toString(watermark)).append(';');
		for (int i = 0; i < gaps.size(); i++) {
			Gap gap = gaps.get(i);
			text.append(i == 0 ? "" : ",")
				.append(gap.from())
				.append('-')
				.append(gap.to())
				.append('@')
				.append(gap.tag());
		}
		return text.toString();
	}

	static ArchiveGaps read(String text) {
		String[] parts = text.split(";", -1);
		List<Gap> gaps = new ArrayList<>();
		if (parts.length > 1 && !parts[1].isEmpty()) {
			for (String gap : parts[1].split(",")) {
				String[] range = gap.split("[-@]");
				gaps.add(new Gap(Long.parseLong(range[0]), Long.parseLong(range[1]), Long.parseLong(range[2])));
			}
		}
		return new ArchiveGaps(Long.parseLong(parts[0]), gaps);
	}

	record Gap(long from, long to, long tag) {
	}

}

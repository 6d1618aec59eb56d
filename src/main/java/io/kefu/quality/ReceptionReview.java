package io.kefu.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.analytics.ReceptionDetail;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

/**
 * Everything a review of one reception shows: its inspection, the messages of its day
 * with each hit and annotation on the message it names, the scorecard and the buyer's
 * feedback.
 *
 * @param unplacedHits hits on messages that are not among the day's messages (the thread
 * changed since the inspection)
 * @param unplacedNotes annotations on messages of the thread outside the day's messages
 */
public record ReceptionReview(StoredInspection inspection, List<Line> transcript,
		List<StoredInspection.Hit> unplacedHits, List<InspectionNote> unplacedNotes, @Nullable Scorecard scorecard,
		List<BuyerFeedback> feedback) {

	public ReceptionReview {
		transcript = List.copyOf(transcript);
		unplacedHits = List.copyOf(unplacedHits);
		unplacedNotes = List.copyOf(unplacedNotes);
		feedback = List.copyOf(feedback);
	}

	/**
	 * One message of the day.
	 *
	 * @param ofThisReception whether it counts for this reception (not a colleague's, not
	 * an auto-reply, not a buyer message of another agent's run)
	 */
	public record Line(long messageId, Instant sentAt, Direction direction, MessageKind kind, @Nullable String agent,
			String content, boolean ofThisReception, List<StoredInspection.Hit> hits, List<InspectionNote> notes) {

		public Line {
			hits = List.copyOf(hits);
			notes = List.copyOf(notes);
		}

		/** The gravest severity among the hits that still count, for the highlight. */
		public @Nullable Severity severity() {
			Severity worst = null;
			for (StoredInspection.Hit hit : hits) {
				if (hit.status().counts() && (worst == null || hit.severity().compareTo(worst) > 0)) {
					worst = hit.severity();
				}
			}
			return worst;
		}

	}

	public static ReceptionReview of(StoredInspection inspection, List<ReceptionDetail.TranscriptLine> day,
			List<InspectionNote> notes, @Nullable Scorecard scorecard, List<BuyerFeedback> feedback) {
		Map<Long, List<StoredInspection.Hit>> hitsByMessage = new LinkedHashMap<>();
		inspection.hits()
			.forEach(hit -> hitsByMessage.computeIfAbsent(hit.messageId(), id -> new ArrayList<>()).add(hit));
		Map<Long, List<InspectionNote>> notesByMessage = new LinkedHashMap<>();
		notes.forEach(note -> notesByMessage.computeIfAbsent(note.messageId(), id -> new ArrayList<>()).add(note));
		Set<Long> shown = new HashSet<>();
		List<Line> lines = new ArrayList<>(day.size());
		for (ReceptionDetail.TranscriptLine line : day) {
			shown.add(line.messageId());
			lines.add(new Line(line.messageId(), line.sentAt(), line.direction(), line.kind(), line.agent(),
					line.content(), line.ofThisReception(), hitsByMessage.getOrDefault(line.messageId(), List.of()),
					notesByMessage.getOrDefault(line.messageId(), List.of())));
		}
		List<StoredInspection.Hit> unplacedHits = inspection.hits()
			.stream()
			.filter(hit -> !shown.contains(hit.messageId()))
			.toList();
		List<InspectionNote> unplacedNotes = notes.stream().filter(note -> !shown.contains(note.messageId())).toList();
		return new ReceptionReview(inspection, lines, unplacedHits, unplacedNotes, scorecard, feedback);
	}

}

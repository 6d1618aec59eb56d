package io.kefu.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.kefu.quality.Inspection;
import io.kefu.quality.Inspector;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleHit;
import io.kefu.quality.Severity;
import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.ReceptionFlow;
import io.kefu.reception.ReceptionStep;

import org.jspecify.annotations.Nullable;

/**
 * One report per mystery shopper session: the shop's quality rules over the transcript,
 * the eight reception steps it covered (seed 004), the trainee's response times and the
 * trainer's rubric.
 *
 * @param steps the reception steps the trainee's replies covered, in the flow's order
 * @param firstResponseSeconds from the buyer's first message to the trainee's first
 * reply; null before any reply
 * @param averageResponseSeconds over every buyer message (or run of them) the trainee
 * answered
 * @param unanswered buyer messages (runs) left without a reply
 */
public record MysteryReport(List<ReceptionStep> steps, int stepsTotal, @Nullable Long firstResponseSeconds,
		@Nullable Long averageResponseSeconds, @Nullable Long longestResponseSeconds, int replies, int unanswered,
		int qualityScore, List<Hit> hits, MysterySession.@Nullable Rubric rubric) {

	public MysteryReport {
		steps = List.copyOf(steps);
		hits = List.copyOf(hits);
	}

	/**
	 * The report of a transcript: auto-replies and system lines are not the trainee's and
	 * answer nothing.
	 */
	public static MysteryReport of(List<ChatMessage> messages, Inspector inspector, ZoneId zone,
			MysterySession.@Nullable Rubric rubric) {
		List<ReceptionFlow.Line> lines = new ArrayList<>();
		List<TranscriptMessage> inspected = new ArrayList<>();
		for (ChatMessage message : messages) {
			lines.add(ReceptionFlow.Line.of(message.direction(), message.kind(), message.content()));
			inspected.add(new TranscriptMessage(message.direction(), message.kind(),
					LocalDateTime.ofInstant(message.sentAt(), zone), message.content()));
		}
		Set<ReceptionStep> reached = ReceptionFlow.of(lines).reached();
		List<ReceptionStep> steps = List.of(ReceptionStep.values()).stream().filter(reached::contains).toList();
		Inspection inspection = inspector.inspect(Transcript.of(inspected));
		List<Hit> hits = inspection.hits().stream().map(hit -> Hit.of(hit, messages)).toList();
		Timing timing = Timing.of(messages);
		return new MysteryReport(steps, ReceptionStep.values().length, timing.first(), timing.average(),
				timing.longest(), timing.answered(), timing.unanswered(), inspection.score(), hits, rubric);
	}

	/** A rule the trainee broke, at the message that broke it. */
	public record Hit(Rule rule, Severity severity, int weight, int seq, String content) {

		static Hit of(RuleHit hit, List<ChatMessage> messages) {
			ChatMessage at = messages.get(hit.messageIndex());
			return new Hit(hit.rule(), hit.severity(), hit.weight(), at.seq(), at.content());
		}

	}

	/**
	 * The waits of the buyer: from the first of their messages not yet answered to the
	 * trainee's next reply of their own.
	 */
	record Timing(@Nullable Long first, @Nullable Long average, @Nullable Long longest, int answered, int unanswered) {

		static Timing of(List<ChatMessage> messages) {
			List<Duration> waits = new ArrayList<>();
			Instant waitingSince = null;
			for (ChatMessage message : messages) {
				if (message.direction() == Direction.IN) {
					if (waitingSince == null) {
						waitingSince = message.sentAt();
					}
				}
				else if (message.kind().isHuman() && message.agentId() != null && waitingSince != null) {
					waits.add(Duration.between(waitingSince, message.sentAt()));
					waitingSince = null;
				}
			}
			if (waits.isEmpty()) {
				return new Timing(null, null, null, 0, waitingSince == null ? 0 : 1);
			}
			long total = waits.stream().mapToLong(Duration::toMillis).sum();
			long longest = waits.stream().mapToLong(Duration::toMillis).max().orElse(0);
			return new Timing(seconds(waits.get(0).toMillis()), seconds(total / waits.size()), seconds(longest),
					waits.size(), waitingSince == null ? 0 : 1);
		}

		private static long seconds(long millis) {
			return Math.round(millis / 1000.0);
		}

	}

}

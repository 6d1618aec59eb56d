package io.kefu.quality.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

/**
 * The rules on the question runs' times: slow and missing answers, and answers cut into
 * pieces.
 */
final class RunRules {

	private final Duration slow;

	private final Duration window;

	private final int fragments;

	RunRules(InspectionSettings settings) {
		this.slow = settings.slowThreshold();
		this.window = settings.fragmentWindow();
		this.fragments = settings.fragments();
	}

	void apply(List<TranscriptMessage> messages, List<QuestionRun> runs, RuleBook book, MessageScan scan,
			InspectionEngine.Hits hits) {
		for (QuestionRun run : runs) {
			if (!run.isAnswered()) {
				if (!onlyAcknowledges(messages, run, book, scan)) {
					hits.add(Rule.UNANSWERED, run.last());
				}
				continue;
			}
			if (between(messages.get(run.first()), messages.get(run.answer())).compareTo(slow) > 0) {
				hits.add(Rule.SLOW_RESPONSE, run.answer());
			}
			int completing = fragmentCompleting(messages, run);
			if (completing >= 0) {
				hits.add(Rule.FRAGMENTED_ANSWER, completing);
			}
		}
	}

	/**
	 * A run of nothing but 好的, 谢谢, 嗯 … closes a conversation and asks for no answer:
	 * leaving it unanswered is no fault.
	 */
	private static boolean onlyAcknowledges(List<TranscriptMessage> messages, QuestionRun run, RuleBook book,
			MessageScan scan) {
		for (int i = run.first(); i <= run.last(); i++) {
			TranscriptMessage message = messages.get(i);
			if (message.direction() != Direction.IN || message.kind() == MessageKind.SYSTEM) {
				continue;
			}
			book.read(message.content(), scan);
			if (message.kind() != MessageKind.TEXT || !scan.consistsOf(Rule.UNANSWERED)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The answer's pieces are the agent's text messages from the answer until the buyer
	 * writes again; cards and pictures go with an answer rather than cut it. Returns the
	 * piece that makes {@code fragments} pieces each sent within the window of the one
	 * before, or -1.
	 */
	private int fragmentCompleting(List<TranscriptMessage> messages, QuestionRun run) {
		int chain = 0;
		@Nullable TranscriptMessage previous = null;
		for (int i = run.answer(); i < messages.size(); i++) {
			TranscriptMessage message = messages.get(i);
			if (message.direction() == Direction.IN && message.kind() != MessageKind.SYSTEM) {
				break;
			}
			if (!message.isHumanAgentMessage() || message.kind() != MessageKind.TEXT) {
				continue;
			}
			chain = previous != null && between(previous, message).compareTo(window) <= 0 ? chain + 1 : 1;
			previous = message;
			if (chain >= fragments) {
				return i;
			}
		}
		return -1;
	}

	/** Only called on transcripts whose every message has its time. */
	private static Duration between(TranscriptMessage from, TranscriptMessage to) {
		return Duration.between(Objects.requireNonNull(from.sentAt()), Objects.requireNonNull(to.sentAt()));
	}

}

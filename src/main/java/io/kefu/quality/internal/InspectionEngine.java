package io.kefu.quality.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.kefu.quality.Inspection;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleHit;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Transcript;
import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

/**
 * Applies every enabled rule to a transcript. The wording rules read each human agent
 * message once through the rule book; the rules on the whole reception gather what they
 * need on the way (the first message's greeting, the count of 我 and 我们, a closing, a
 * confirmation after the order) and the rules on times read the question runs.
 */
public final class InspectionEngine {

	private static final Comparator<RuleHit> IN_MESSAGE_ORDER = Comparator.comparingInt(RuleHit::messageIndex)
		.thenComparing(RuleHit::rule);

	private final InspectionSettings settings;

	private final RuleBook book;

	private final RunRules runRules;

	public InspectionEngine(InspectionSettings settings, Function<List<String>, WordMatcher> matchers) {
		this.settings = settings;
		this.book = new RuleBook(settings, matchers);
		this.runRules = new RunRules(settings);
	}

	/** The rule book's word lists, as the engine matches them in every agent message. */
	public WordMatcher wordMatcher() {
		return book.matcher();
	}

	public Inspection inspect(Transcript transcript) {
		List<TranscriptMessage> messages = transcript.messages();
		Hits hits = new Hits(settings);
		MessageScan scan = new MessageScan(book);
		ReceptionTally tally = new ReceptionTally(orderToVerify(transcript));
		boolean buyerSpoke = false;
		for (int i = 0; i < messages.size(); i++) {
			TranscriptMessage message = messages.get(i);
			if (!message.isHumanAgentMessage()) {
				buyerSpoke |= message.direction() == Direction.IN;
				continue;
			}
			book.read(message.content(), scan);
			wording(i, scan, hits);
			if (buyerSpoke && scan.consistsOf(Rule.BLUNT_NO) && !agentGoesOn(messages, i)) {
				hits.add(Rule.BLUNT_NO, i);
			}
			tally.add(i, message, scan);
		}
		boolean timed = transcript.isTimed();
		List<QuestionRun> runs = transcript.runs() == null ? QuestionRun.of(messages)
				: transcript.runs()
					.stream()
					.map(run -> new QuestionRun(run.first(), run.last(), run.answer()))
					.toList();
		if (timed) {
			runRules.apply(messages, runs, book, scan, hits);
		}
		tally.conclude(runs, settings, hits);
		List<RuleHit> found = hits.list();
		found.sort(IN_MESSAGE_ORDER);
		return Inspection.of(found);
	}

	/**
	 * The agent's next message comes before the buyer's: a refusal followed by more is
	 * not left bare (the alternative may follow in the next message). A bare refusal is a
	 * reply, so it needs a buyer message before it.
	 */
	private static boolean agentGoesOn(List<TranscriptMessage> messages, int i) {
		for (int next = i + 1; next < messages.size(); next++) {
			TranscriptMessage message = messages.get(next);
			if (message.isHumanAgentMessage()) {
				return true;
			}
			if (message.direction() == Direction.IN && message.kind() != MessageKind.SYSTEM) {
				return false;
			}
		}
		return false;
	}

	/** The rules on one message's words alone. */
	private static void wording(int i, MessageScan scan, Hits hits) {
		if (scan.consistsOfWordsThenException(Rule.LONE_SYLLABLE)) {
			hits.add(Rule.LONE_SYLLABLE, i);
		}
		if (scan.anyAtClauseEnd(Rule.MODAL_PARTICLE)) {
			hits.add(Rule.MODAL_PARTICLE, i);
		}
		if (scan.any(Rule.HARSH_PUNCTUATION)) {
			hits.add(Rule.HARSH_PUNCTUATION, i);
		}
		if (scan.any(Rule.OFF_PLATFORM) || scan.hasMobileNumber()) {
			hits.add(Rule.OFF_PLATFORM, i);
		}
		if (scan.any(Rule.EXTREME_WORDS)) {
			hits.add(Rule.EXTREME_WORDS, i);
		}
		if (scan.any(Rule.RUDE)) {
			hits.add(Rule.RUDE, i);
		}
	}

	/**
	 * The order the verification rule asks about: one created from the reception's first
	 * message to the end of its validity (its first business day and the next, by
	 * default), in a transcript whose messages have their times.
	 */
	private @Nullable LocalDateTime orderToVerify(Transcript transcript) {
		LocalDateTime order = transcript.orderCreatedAt();
		if (order == null || transcript.messages().isEmpty() || !transcript.isTimed()) {
			return null;
		}
		LocalDateTime start = Objects.requireNonNull(transcript.messages().get(0).sentAt());
		LocalDateTime end = start.toLocalDate().plusDays(settings.validityDays()).atStartOfDay();
		return order.isBefore(start) || !order.isBefore(end) ? null : order;
	}

	/** The hits of one inspection, with each rule's severity and weight. */
	static final class Hits {

		private final InspectionSettings settings;

		private final List<RuleHit> hits = new ArrayList<>();

		Hits(InspectionSettings settings) {
			this.settings = settings;
		}

		void add(Rule rule, int messageIndex) {
			RuleSettings ruleSettings = settings.rule(rule);
			if (ruleSettings.enabled()) {
				hits.add(new RuleHit(rule, messageIndex, ruleSettings.severity(), ruleSettings.weight()));
			}
		}

		List<RuleHit> list() {
			return hits;
		}

	}

}

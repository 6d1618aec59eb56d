package io.kefu.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kefu.quality.internal.JdChatFile;

/**
 * The rules measured on real chats: hits per rule per 100 sessions over the JDDC 2019
 * chats, and each rule's precision and recall on agent messages labelled by hand. The
 * labels name a message by session id and line number only, never by its text.
 */
public final class ChatEvaluation {

	/** A labelled agent message and the rules that truly apply to it. */
	public record Label(String session, int line, Set<Rule> rules) {
	}

	/**
	 * One rule's results; precision and recall are NaN when nothing was predicted or
	 * true.
	 */
	public record RuleResult(Rule rule, long hits, double per100Sessions, int truePositives, int falsePositives,
			int falseNegatives) {

		public double precision() {
			return (double) truePositives / (truePositives + falsePositives);
		}

		public double recall() {
			return (double) truePositives / (truePositives + falseNegatives);
		}

	}

	/** A hit the rules gave on the chats, for reading them over. */
	public record Hit(String session, int line, Rule rule, String text) {
	}

	public record Result(int sessions, int agentMessages, int labelled, List<RuleResult> rules, List<Hit> hits,
			List<Hit> misses) {
	}

	private ChatEvaluation() {
	}

	/**
	 * Reads labels, one a line: session id, line number and the rules that apply
	 * (comma-separated, or {@code -} for none), tab-separated; {@code #} starts a
	 * comment.
	 */
	public static List<Label> readLabels(BufferedReader reader) throws IOException {
		List<Label> labels = new ArrayList<>();
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			String[] fields = content.split("\t");
			if (fields.length < 3) {
				throw new IllegalArgumentException(
						"labels line " + number + ": session, line and rules, tab-separated");
			}
			Set<Rule> rules = EnumSet.noneOf(Rule.class);
			if (!fields[2].strip().equals("-")) {
				for (String rule : fields[2].split(",")) {
					try {
						rules.add(Rule.valueOf(rule.strip().toUpperCase(Locale.ROOT)));
					}
					catch (IllegalArgumentException ex) {
						throw new IllegalArgumentException(
								"labels line " + number + ": no rule '" + rule.strip() + "'");
					}
				}
			}
			try {
				labels.add(new Label(fields[0].strip(), Integer.parseInt(fields[1].strip()), rules));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						"labels line " + number + ": '" + fields[1] + "' is not a line number");
			}
		}
		return labels;
	}

	/**
	 * Inspects every session of the chats and compares the textual rules' hits with the
	 * labels.
	 * @throws IllegalArgumentException when a label names a line that is not an agent
	 * message of its session
	 */
	public static Result evaluate(BufferedReader chats, List<Label> labels, Inspector inspector) throws IOException {
		List<JdChatFile.Session> sessions = JdChatFile.read(chats);
		Map<String, Set<Rule>> predicted = new HashMap<>();
		Map<String, String> agentText = new HashMap<>();
		Map<Rule, Long> counts = new EnumMap<>(Rule.class);
		List<Hit> hits = new ArrayList<>();
		for (JdChatFile.Session session : sessions) {
			List<TranscriptMessage> messages = session.transcript().messages();
			for (int i = 0; i < messages.size(); i++) {
				if (messages.get(i).isHumanAgentMessage()) {
					agentText.put(key(session.id(), session.lines().get(i)), messages.get(i).content());
				}
			}
			for (RuleHit hit : inspector.inspect(session.transcript()).hits()) {
				int line = session.lines().get(hit.messageIndex());
				predicted.computeIfAbsent(key(session.id(), line), k -> EnumSet.noneOf(Rule.class)).add(hit.rule());
				counts.merge(hit.rule(), 1L, Long::sum);
				hits.add(new Hit(session.id(), line, hit.rule(), messages.get(hit.messageIndex()).content()));
			}
		}
		for (Label label : labels) {
			if (!agentText.containsKey(key(label.session(), label.line()))) {
				throw new IllegalArgumentException("The label for session " + label.session() + " line " + label.line()
						+ " names no agent message of the chats");
			}
		}
		List<RuleResult> results = new ArrayList<>();
		List<Hit> misses = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			if (!rule.isTextual()) {
				continue;
			}
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (Label label : labels) {
				String key = key(label.session(), label.line());
				boolean said = predicted.getOrDefault(key, Set.of()).contains(rule);
				boolean truth = label.rules().contains(rule);
				tp += said && truth ? 1 : 0;
				fp += said && !truth ? 1 : 0;
				fn += !said && truth ? 1 : 0;
				if (said != truth) {
					misses.add(new Hit(label.session(), label.line(), rule,
							(said ? "false positive: " : "missed: ") + agentText.get(key)));
				}
			}
			long count = counts.getOrDefault(rule, 0L);
			results.add(new RuleResult(rule, count, 100.0 * count / sessions.size(), tp, fp, fn));
		}
		return new Result(sessions.size(), agentText.size(), labels.size(), results, hits, misses);
	}

	private static String key(String session, int line) {
		return session + "#" + line;
	}

}

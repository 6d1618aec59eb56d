package io.kefu.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.staff.SkillGroup;

/**
 * A scripted buyer of the mystery shopper (神秘顾客): lines at the nodes of a little graph,
 * and branches keyed on words of the trainee's reply. Each reply of the trainee moves the
 * buyer along the first branch one of whose cues occurs in it; a reply that matches none
 * gets the node's pressing line (the buyer repeats or pushes), and after {@code maxTurns}
 * the buyer gives up with a closing line. A node without branches ends the script. Plain
 * data and plain matching: the same replies give the same turns.
 *
 * @param code what the API and the page call the persona
 * @param skillGroup the group the buyer asks for (售前/售后)
 * @param nickname the base of the buyer's nick, suffixed like any visitor's: an ordinary
 * nick, so that the trainee cannot tell the buyer from a real one
 * @param start the node of the opening line
 * @param maxTurns the trainee's replies the buyer answers before giving up
 * @param giveUp the buyer's last line when the trainee never got anywhere
 */
public record Persona(String code, SkillGroup skillGroup, String nickname, String start, Map<String, Node> nodes,
		int maxTurns, String giveUp) {

	public Persona {
		nodes = Map.copyOf(nodes);
		if (!nodes.containsKey(start)) {
			throw new IllegalArgumentException("Persona " + code + " has no node " + start);
		}
		for (Node node : nodes.values()) {
			for (Branch branch : node.branches()) {
				if (!nodes.containsKey(branch.next())) {
					throw new IllegalArgumentException("Persona " + code + " has no node " + branch.next());
				}
			}
		}
	}

	/** The buyer's first line: it opens the conversation. */
	public Turn opening() {
		return new Turn(nodes.get(start).line(), start, 0, false);
	}

	/**
	 * The buyer's answer to the trainee's reply at a node, after {@code turns} answers.
	 */
	public Turn answer(String node, int turns, String traineeReply) {
		Node at = nodes.get(node);
		if (at == null) {
			throw new IllegalArgumentException("Persona " + code + " has no node " + node);
		}
		String reply = normalise(traineeReply);
		for (Branch branch : at.branches()) {
			if (branch.matches(reply)) {
				Node next = nodes.get(branch.next());
				return new Turn(next.line(), branch.next(), turns + 1, next.isLast());
			}
		}
		if (at.isLast() || turns + 1 >= maxTurns) {
			return new Turn(giveUp, node, turns + 1, true);
		}
		return new Turn(at.pressing(), node, turns + 1, false);
	}

	/**
	 * Lower case and no spaces, so that cues match however the trainee spaced or cased.
	 */
	static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	/**
	 * A line of the buyer and where the trainee's reply takes them from there.
	 *
	 * @param pressing what the buyer says when the reply matched no branch
	 */
	public record Node(String line, List<Branch> branches, String pressing) {

		public Node {
			branches = List.copyOf(branches);
		}

		/** A last line: nothing the trainee says moves the buyer on. */
		public static Node last(String line) {
			return new Node(line, List.of(), line);
		}

		public boolean isLast() {
			return branches.isEmpty();
		}

	}

	/** Where the buyer goes when any of the cues occurs in the trainee's reply. */
	public record Branch(List<String> cues, String next) {

		public Branch {
			cues = cues.stream().map(Persona::normalise).toList();
		}

		public static Branch when(String next, String... cues) {
			return new Branch(List.of(cues), next);
		}

		boolean matches(String normalisedReply) {
			return cues.stream().anyMatch(normalisedReply::contains);
		}

	}

	/**
	 * The buyer's line, the node it leaves them at, the answers given so far and whether
	 * the script has ended.
	 */
	public record Turn(String line, String node, int turns, boolean ended) {

		/**
		 * The line with the session's product (and its SKU) in place of the placeholders.
		 */
		public String lineFor(String product, String sku) {
			return line.replace("{product}", product).replace("{sku}", sku);
		}

	}

}

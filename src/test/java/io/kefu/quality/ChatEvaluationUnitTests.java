package io.kefu.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** On made-up chats in the JDDC format, never the real ones. */
class ChatEvaluationUnitTests {

	private static final String CHATS = """
			s1\tU1\t0\t0\t0\tnan\t老板在吗?
			s1\tU1\t1\t0\t0\tnan\t在
			s1\tU1\t0\t0\t0\tnan\t双肩包还有吗?
			s1\tU1\t1\t0\t0\tnan\t没有了哦
			s2\tU2\t0\t0\t0\tnan\t发票怎么开
			s2\tU2\t1\t0\t0\tnan\t您好，在订单详情里申请就可以的
			""";

	private static final String LABELS = """
			# session, line, rules
			s1\t2\tLONE_SYLLABLE,NO_GREETING
			s1\t4\t-
			s2\t6\t-
			""";

	@Test
	void readsLabelsBySessionAndLine() throws IOException {
		List<ChatEvaluation.Label> labels = ChatEvaluation.readLabels(reader(LABELS));

		assertThat(labels).containsExactly(
				new ChatEvaluation.Label("s1", 2, Set.of(Rule.LONE_SYLLABLE, Rule.NO_GREETING)),
				new ChatEvaluation.Label("s1", 4, Set.of()), new ChatEvaluation.Label("s2", 6, Set.of()));
	}

	@Test
	void countsHitsPerHundredSessionsAndComparesThemWithTheLabels() throws IOException {
		ChatEvaluation.Result result = ChatEvaluation.evaluate(reader(CHATS), ChatEvaluation.readLabels(reader(LABELS)),
				Inspector.of(InspectionSettings.DEFAULTS));

		assertThat(result.sessions()).isEqualTo(2);
		assertThat(result.agentMessages()).isEqualTo(3);
		ChatEvaluation.RuleResult lone = rule(result, Rule.LONE_SYLLABLE);
		assertThat(lone.per100Sessions()).isEqualTo(50.0);
		assertThat(lone.precision()).isEqualTo(1.0);
		assertThat(lone.recall()).isEqualTo(1.0);
		ChatEvaluation.RuleResult blunt = rule(result, Rule.BLUNT_NO);
		assertThat(blunt.falsePositives()).isEqualTo(1);
		assertThat(blunt.precision()).isZero();
		assertThat(blunt.recall()).isNaN();
		assertThat(result.rules()).extracting(ChatEvaluation.RuleResult::rule).allMatch(Rule::isTextual);
		assertThat(result.misses()).extracting(ChatEvaluation.Hit::line).containsOnly(4);
	}

	@Test
	void refusesLabelsOfLinesThatAreNoAgentMessage() throws IOException {
		List<ChatEvaluation.Label> buyerLine = ChatEvaluation.readLabels(reader("s1\t1\t-\n"));

		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> ChatEvaluation.evaluate(reader(CHATS), buyerLine, Inspector.of(InspectionSettings.DEFAULTS)))
			.withMessageContaining("s1 line 1");
	}

	@Test
	void refusesUnknownRulesAndBadLines() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChatEvaluation.readLabels(reader("s1\t2\tRUDENESS\n")))
			.withMessageContaining("RUDENESS");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatEvaluation.readLabels(reader("s1\ttwo\t-\n")))
			.withMessageContaining("two");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChatEvaluation.evaluate(reader("s1\tU1\t2\tnan\n"), List.of(),
					Inspector.of(InspectionSettings.DEFAULTS)))
			.withMessageContaining("line 1");
	}

	private static ChatEvaluation.RuleResult rule(ChatEvaluation.Result result, Rule rule) {
		return result.rules().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
	}

	private static BufferedReader reader(String text) {
		return new BufferedReader(new StringReader(text));
	}

}

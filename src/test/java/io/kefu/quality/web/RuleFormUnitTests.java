package io.kefu.quality.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleFormUnitTests {

	private static final RuleSettings I_NOT_WE = InspectionSettings.DEFAULTS.rule(Rule.I_NOT_WE);

	@Test
	void readsOneWordALineDroppingBlankLinesSpacesAndRepeats() {
		RuleForm form = new RuleForm("on", "major", " 7 ", "我\r\n\r\n  我  \n你\n", "我的订单", "我们\n咱们");

		RuleSettings settings = form.settings(I_NOT_WE);

		assertThat(settings).isEqualTo(
				new RuleSettings(true, Severity.MAJOR, 7, List.of("我", "你"), List.of("我的订单"), List.of("我们", "咱们")));
	}

	@Test
	void anAbsentCheckboxIsOffAndAbsentListsKeepTheirWords() {
		RuleSettings settings = new RuleForm(null, "MINOR", "2", null, null, null).settings(I_NOT_WE);

		assertThat(settings).isEqualTo(I_NOT_WE.withEnabled(false));
	}

	@Test
	void namesEveryWrongFieldAtOnce() {
		String tooLong = "长".repeat(RuleSettings.MAX_WORD_LENGTH + 1);
		String tooMany = String.join("\n",
				IntStream.rangeClosed(0, RuleSettings.MAX_WORDS).mapToObj(i -> "词" + i).toList());

		InvalidRuleSettings refused = catchThrowableOfType(InvalidRuleSettings.class,
				() -> new RuleForm("on", "HUGE", "101", tooLong, tooMany, "").settings(I_NOT_WE));

		assertThat(refused.problems()).containsExactly(
				new RuleProblem("severity", RuleProblem.Kind.NOT_A_SEVERITY, "HUGE"),
				new RuleProblem("weight", RuleProblem.Kind.NOT_A_WEIGHT, "101"),
				new RuleProblem("words", RuleProblem.Kind.WORD_TOO_LONG, tooLong),
				new RuleProblem("exceptions", RuleProblem.Kind.TOO_MANY_WORDS, "501"));
	}

	@Test
	void aWeightIsAWholeNumberFromZeroToAHundred() {
		for (String weight : List.of("", "abc", "-1", "1.5", "1000")) {
			assertThatThrownBy(() -> new RuleForm("on", "MINOR", weight, null, null, null).settings(I_NOT_WE))
				.as(weight)
				.isInstanceOf(InvalidRuleSettings.class);
		}
		assertThat(catchThrowableOfType(InvalidRuleSettings.class,
				() -> new RuleForm("on", " ", "", null, null, null).settings(I_NOT_WE))
			.problems()).containsExactly(new RuleProblem("severity", RuleProblem.Kind.MISSING, ""),
					new RuleProblem("weight", RuleProblem.Kind.MISSING, ""));
		assertThat(new RuleForm("on", "MINOR", "0", null, null, null).settings(I_NOT_WE).weight()).isZero();
		assertThat(new RuleForm("on", "MINOR", "100", null, null, null).settings(I_NOT_WE).weight()).isEqualTo(100);
	}

	@Test
	void everyProblemHasAMessageInBothLanguages() throws IOException {
		for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages/" + file)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (RuleProblem.Kind kind : RuleProblem.Kind.values()) {
				assertThat(messages).as(file).containsKey("quality.rules.problem." + kind.name());
			}
		}
	}

}

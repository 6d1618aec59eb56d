package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.MonthInputs;
import io.kefu.appraisal.TypingResult;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inputs form reads percents and texts into the API's body, and refuses what is no
 * number, or what the body's annotations refuse, naming the row and the field.
 */
class InputsFormUnitTests {

	static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	static final Agent MEI = new Agent(AgentId.of(7), ShopId.of(1), "小美", null, "xiaomei", Set.of(),
			SkillGroup.PRE_SALES, Certification.CERTIFIED, null, true);

	@Test
	void showsTheStoredInputsInPercentAndReadsThemBack() {
		MonthInputs stored = new MonthInputs(new BigDecimal("0.0075"), new BigDecimal("100.00"),
				Map.of(MEI.id(), new AgentInputs(new BigDecimal("50000.00"), new BigDecimal("3000.00"), BigDecimal.ZERO,
						new TypingResult(120, new BigDecimal("0.9550")), 1, 22, new BigDecimal("1200.00"))));

		InputsForm form = InputsForm.of(stored, List.of(MEI));
		RefusedInputs refused = new RefusedInputs();
		InputsBody body = form.toBody(refused);

		assertThat(form.getCommissionRate()).isEqualTo("0.75");
		assertThat(form.getAgents().get(0).getAccuracy()).isEqualTo("95.5");
		assertThat(form.getAgents().get(0).getSalesTarget()).isEqualTo("50000");
		assertThat(refused.isEmpty()).isTrue();
		assertThat(body.over(MonthInputs.DEFAULTS, List.of(MEI))).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(stored);
	}

	@Test
	void emptyAmountsAreZeroAndAnEmptyTypingTestIsNone() {
		InputsForm form = formFor("", "", "");
		RefusedInputs refused = new RefusedInputs();

		InputsBody.AgentBody row = form.toBody(refused).agents().get(0);

		assertThat(refused.isEmpty()).isTrue();
		assertThat(row.salesTarget()).isZero();
		assertThat(row.typing()).isNull();
	}

	@Test
	void refusesWhatIsNoNumberAndWhatTheBodyRefusesNamingRowAndField() {
		InputsForm form = formFor("5万", "", "120");
		RefusedInputs refused = new RefusedInputs();

		InputsBody body = form.toBody(refused);
		VALIDATOR.validate(body).forEach(refused::refuse);

		assertThat(refused.all()).containsExactly(new RefusedInputs.Refusal(0, "salesTarget"),
				new RefusedInputs.Refusal(0, "charactersPerMinute"), new RefusedInputs.Refusal(0, "accuracy"));
	}

	private static InputsForm formFor(String salesTarget, String charactersPerMinute, String accuracy) {
		InputsFormRow row = new InputsFormRow();
		row.setAgent("xiaomei");
		row.setSalesTarget(salesTarget);
		row.setCharactersPerMinute(charactersPerMinute);
		row.setAccuracy(accuracy);
		InputsForm form = new InputsForm();
		form.setCommissionRate("1%");
		form.setBonusAmount("100");
		form.setAgents(List.of(row));
		return form;
	}

}

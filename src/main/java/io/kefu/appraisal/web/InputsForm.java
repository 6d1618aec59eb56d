package io.kefu.appraisal.web;

import java.util.ArrayList;
import java.util.List;

import io.kefu.appraisal.MonthInputs;
import io.kefu.staff.Agent;

import org.jspecify.annotations.Nullable;

/**
 * The inputs page's form as typed: the commission rate and the typing accuracy in
 * percent, every value a text so that a refused one shows again as the supervisor typed
 * it. It becomes an {@link InputsBody}, whose annotations then refuse what the API
 * refuses.
 */
public class InputsForm {

	/**
	 * An agent's columns in the table's order, each a property of {@link InputsFormRow}
	 * and the suffix of its {@code appraisal.inputs.field.} and {@code .rule.} messages.
	 */
	static final List<String> COLUMNS = List.of("salesTarget", "basePay", "levelReward", "charactersPerMinute",
			"accuracy", "lowRatings", "namedReviews", "performancePay");

	/** The row of the month's own fields in {@link RefusedInputs}. */
	static final int MONTH = -1;

	private String commissionRate = "";

	private String bonusAmount = "";

	private List<InputsFormRow> agents = new ArrayList<>();

	/** The stored inputs, one row per agent appraised, in the order given. */
	static InputsForm of(MonthInputs inputs, List<Agent> appraised) {
		InputsForm form = new InputsForm();
		form.commissionRate = InputText.percent(inputs.commissionRate());
		form.bonusAmount = InputText.of(inputs.bonusAmount());
		for (Agent agent : appraised) {
			form.agents.add(InputsFormRow.of(String.valueOf(agent.username()), inputs.of(agent.id())));
		}
		return form;
	}

	/**
	 * The form as the API's body; a value that is no number, or left out where one is
	 * needed, is refused here and is null in the body.
	 */
	InputsBody toBody(RefusedInputs refused) {
		InputText month = new InputText(MONTH, refused);
		List<InputsBody.AgentBody> rows = new ArrayList<>();
		for (int i = 0; i < agents.size(); i++) {
			rows.add(agents.get(i).toBody(new InputText(i, refused)));
		}
		return new InputsBody(month.requiredPercent("commissionRate", commissionRate),
				month.required("bonusAmount", bonusAmount), rows);
	}

	public String getCommissionRate() {
		return commissionRate;
	}

	public void setCommissionRate(@Nullable String commissionRate) {
		this.commissionRate = commissionRate == null ? "" : commissionRate;
	}

	public String getBonusAmount() {
		return bonusAmount;
	}

	public void setBonusAmount(@Nullable String bonusAmount) {
		this.bonusAmount = bonusAmount == null ? "" : bonusAmount;
	}

	public List<InputsFormRow> getAgents() {
		return agents;
	}

	public void setAgents(List<InputsFormRow> agents) {
		this.agents = agents;
	}

}

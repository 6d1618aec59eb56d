package io.kefu.appraisal.web;

import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.TypingResult;

import org.jspecify.annotations.Nullable;

/**
 * One agent's row of the inputs form, named by username; each property is a column of
 * {@link InputsForm#COLUMNS}. Amounts and counts left empty are 0; the typing test is
 * both its values or neither.
 */
public class InputsFormRow {

	private String agent = "";

	private String salesTarget = "";

	private String basePay = "";

	private String levelReward = "";

	private String charactersPerMinute = "";

	private String accuracy = "";

	private String lowRatings = "";

	private String namedReviews = "";

	private String performancePay = "";

	static InputsFormRow of(String agent, AgentInputs inputs) {
		InputsFormRow row = new InputsFormRow();
		row.agent = agent;
		row.salesTarget = InputText.of(inputs.salesTarget());
		row.basePay = InputText.of(inputs.basePay());
		row.levelReward = InputText.of(inputs.levelReward());
		TypingResult typing = inputs.typing();
		if (typing != null) {
			row.charactersPerMinute = Integer.toString(typing.charactersPerMinute());
			row.accuracy = InputText.percent(typing.accuracy());
		}
		row.lowRatings = Integer.toString(inputs.lowRatings());
		row.namedReviews = Integer.toString(inputs.namedReviews());
		row.performancePay = InputText.of(inputs.performancePay());
		return row;
	}

	InputsBody.AgentBody toBody(InputText text) {
		return new InputsBody.AgentBody(agent, text.amount("salesTarget", salesTarget), text.amount("basePay", basePay),
				text.amount("levelReward", levelReward), typing(text), text.count("lowRatings", lowRatings),
				text.count("namedReviews", namedReviews), text.amount("performancePay", performancePay));
	}

	private InputsBody.@Nullable TypingBody typing(InputText text) {
		if (InputText.blank(charactersPerMinute) && InputText.blank(accuracy)) {
			return null;
		}
		return new InputsBody.TypingBody(text.requiredCount("charactersPerMinute", charactersPerMinute),
				text.requiredPercent("accuracy", accuracy));
	}

	public String getAgent() {
		return agent;
	}

	public void setAgent(@Nullable String agent) {
		this.agent = agent == null ? "" : agent;
	}

	public String getSalesTarget() {
		return salesTarget;
	}

	public void setSalesTarget(@Nullable String salesTarget) {
		this.salesTarget = salesTarget == null ? "" : salesTarget;
	}

	public String getBasePay() {
		return basePay;
	}

	public void setBasePay(@Nullable String basePay) {
		this.basePay = basePay == null ? "" : basePay;
	}

	public String getLevelReward() {
		return levelReward;
	}

	public void setLevelReward(@Nullable String levelReward) {
		this.levelReward = levelReward == null ? "" : levelReward;
	}

	public String getCharactersPerMinute() {
		return charactersPerMinute;
	}

	public void setCharactersPerMinute(@Nullable String charactersPerMinute) {
		this.charactersPerMinute = charactersPerMinute == null ? "" : charactersPerMinute;
	}

	public String getAccuracy() {
		return accuracy;
	}

	public void setAccuracy(@Nullable String accuracy) {
		this.accuracy = accuracy == null ? "" : accuracy;
	}

	public String getLowRatings() {
		return lowRatings;
	}

	public void setLowRatings(@Nullable String lowRatings) {
		this.lowRatings = lowRatings == null ? "" : lowRatings;
	}

	public String getNamedReviews() {
		return namedReviews;
	}

	public void setNamedReviews(@Nullable String namedReviews) {
		this.namedReviews = namedReviews == null ? "" : namedReviews;
	}

	public String getPerformancePay() {
		return performancePay;
	}

	public void setPerformancePay(@Nullable String performancePay) {
		this.performancePay = performancePay == null ? "" : performancePay;
	}

}

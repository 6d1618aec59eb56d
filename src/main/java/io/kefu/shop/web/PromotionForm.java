package io.kefu.shop.web;

import io.kefu.shop.PromotionDraft;

import org.jspecify.annotations.Nullable;

/**
 * The promotion form's fields as typed; {@link #toDraft()} refuses what cannot be stored.
 */
class PromotionForm {

	private @Nullable String name;

	private @Nullable String startDate;

	private @Nullable String endDate;

	private @Nullable String rules;

	private @Nullable String script;

	private @Nullable String autoReply;

	static PromotionForm of(PromotionView view) {
		PromotionForm form = new PromotionForm();
		form.name = view.name();
		form.startDate = view.startDate().toString();
		form.endDate = view.endDate().toString();
		form.rules = view.rules();
		form.script = view.script();
		form.autoReply = view.autoReply();
		return form;
	}

	PromotionDraft toDraft() {
		return new PromotionDraft(name, KnowledgeInput.date("startDate", startDate),
				KnowledgeInput.date("endDate", endDate), rules, script, autoReply);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getStartDate() {
		return startDate;
	}

	public void setStartDate(@Nullable String startDate) {
		this.startDate = startDate;
	}

	public @Nullable String getEndDate() {
		return endDate;
	}

	public void setEndDate(@Nullable String endDate) {
		this.endDate = endDate;
	}

	public @Nullable String getRules() {
		return rules;
	}

	public void setRules(@Nullable String rules) {
		this.rules = rules;
	}

	public @Nullable String getScript() {
		return script;
	}

	public void setScript(@Nullable String script) {
		this.script = script;
	}

	public @Nullable String getAutoReply() {
		return autoReply;
	}

	public void setAutoReply(@Nullable String autoReply) {
		this.autoReply = autoReply;
	}

}

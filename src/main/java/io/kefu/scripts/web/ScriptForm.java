package io.kefu.scripts.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroupId;

import org.jspecify.annotations.Nullable;

/**
 * The script form as the browser posts it: keywords in one box, separated by spaces or
 * commas, and boxes for the variants (at least three, and one spare), of which blank ones
 * are left out.
 */
public class ScriptForm {

	/** Three wordings of a frequent question (seed 000 电商部客服工作流程 e). */
	static final int VARIANT_BOXES = 3;

	/** As many as {@link ScriptDraft} allows. */
	static final int MAX_VARIANTS = 10;

	private @Nullable Long groupId;

	private String code = "";

	private String title = "";

	private String keywords = "";

	private List<String> variants = new ArrayList<>();

	static ScriptForm blank(@Nullable Long groupId) {
		ScriptForm form = new ScriptForm();
		form.groupId = groupId;
		form.padVariants();
		return form;
	}

	static ScriptForm of(Script script) {
		return of(new ScriptDraft(script.groupId(), script.code(), script.title(), script.keywords(),
				script.variants().stream().map(Script.Variant::text).toList()));
	}

	/**
	 * The form of a draft, so that the draft's error paths ({@code variants[1]}) name the
	 * boxes the form shows.
	 */
	static ScriptForm of(ScriptDraft draft) {
		ScriptForm form = new ScriptForm();
		form.groupId = draft.groupId() == null ? null : draft.groupId().value();
		form.code = draft.code() == null ? "" : draft.code();
		form.title = draft.title() == null ? "" : draft.title();
		form.keywords = String.join(" ", draft.keywords());
		form.variants = new ArrayList<>(draft.variants());
		form.padVariants();
		return form;
	}

	ScriptDraft toDraft() {
		List<String> words = Arrays.stream(keywords.split("[\\s,，、;；]+")).filter(word -> !word.isBlank()).toList();
		List<String> texts = variants.stream().filter(text -> text != null && !text.isBlank()).toList();
		return new ScriptDraft(groupId == null || groupId <= 0 ? null : ScriptGroupId.of(groupId), code, title, words,
				texts);
	}

	/** At least three boxes, and a spare one for another wording while there is room. */
	private void padVariants() {
		int boxes = Math.max(VARIANT_BOXES, Math.min(MAX_VARIANTS, variants.size() + 1));
		while (variants.size() < boxes) {
			variants.add("");
		}
	}

	public @Nullable Long getGroupId() {
		return groupId;
	}

	public void setGroupId(@Nullable Long groupId) {
		this.groupId = groupId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code == null ? "" : code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(@Nullable String keywords) {
		this.keywords = keywords == null ? "" : keywords;
	}

	public List<String> getVariants() {
		return variants;
	}

	public void setVariants(@Nullable List<String> variants) {
		this.variants = variants == null ? new ArrayList<>() : new ArrayList<>(variants);
	}

}

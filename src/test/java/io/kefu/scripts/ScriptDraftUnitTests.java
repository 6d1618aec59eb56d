package io.kefu.scripts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptDraftUnitTests {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	private static final ScriptGroupId GROUP = ScriptGroupId.of(7);

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void aScriptWithACodeAndThreeVariantsIsValid() {
		ScriptDraft draft = new ScriptDraft(GROUP, " yj ", "价格可以便宜点吗", List.of("便宜", " 打折", "便宜"),
				List.of("亲,价格都是很优惠了呢。", "亲,抱歉啊。我们不议价的哦~", "亲,我们线上线下都是统一定价的"));

		assertThat(VALIDATOR.validate(draft)).isEmpty();
		assertThat(draft.code()).isEqualTo("yj");
		assertThat(draft.keywords()).containsExactly("便宜", "打折");
	}

	@Test
	void aBlankCodeAndTitleAreNone() {
		ScriptDraft draft = new ScriptDraft(GROUP, " ", "", null, List.of("亲,在的哦"));

		assertThat(VALIDATOR.validate(draft)).isEmpty();
		assertThat(draft.code()).isNull();
		assertThat(draft.title()).isNull();
		assertThat(draft.keywords()).isEmpty();
	}

	@Test
	void aBlankVariantIsNamedByItsPlace() {
		assertThat(fields(new ScriptDraft(GROUP, "hi", null, List.of(), Arrays.asList("亲,您好", " ", null))))
			.containsExactlyInAnyOrder("variants[1]", "variants[2]");
	}

	@Test
	void aScriptNeedsAGroupAndAText() {
		assertThat(fields(new ScriptDraft(null, "hi", null, List.of(), List.of()))).containsExactlyInAnyOrder("groupId",
				"variants");
	}

	@Test
	void aCodeTypedAfterASlashHasNoSpaceNorSlashAndAtMostTwentyCharacters() {
		assertThat(fields(draftWithCode("y j"))).containsExactly("code");
		assertThat(fields(draftWithCode("/yj"))).containsExactly("code");
		assertThat(fields(draftWithCode("y".repeat(21)))).containsExactly("code");
		assertThat(fields(draftWithCode("议价1"))).isEmpty();
	}

	@Test
	void tooLongTextsAndKeywordsAreRefused() {
		ScriptDraft draft = new ScriptDraft(GROUP, "x", "问".repeat(61), List.of("关 键", "词".repeat(21)),
				List.of("字".repeat(1001)));

		assertThat(fields(draft)).containsExactlyInAnyOrder("title", "keywords[0]", "keywords[1]", "variants[0]");
	}

	@Test
	void twoEqualVariantsAreRefused() {
		assertThat(fields(new ScriptDraft(GROUP, "hi", null, List.of(), List.of("亲,您好", " 亲,您好 "))))
			.containsExactly("variantsDistinct");
	}

	private static ScriptDraft draftWithCode(String code) {
		return new ScriptDraft(GROUP, code, null, List.of(), List.of("亲,您好"));
	}

	private static List<String> fields(ScriptDraft draft) {
		Set<ConstraintViolation<ScriptDraft>> violations = VALIDATOR.validate(draft);
		return violations.stream()
			.map(violation -> violation.getPropertyPath().toString().replace(".<list element>", ""))
			.toList();
	}

}

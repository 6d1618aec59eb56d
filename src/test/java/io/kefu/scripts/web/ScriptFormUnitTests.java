package io.kefu.scripts.web;

import java.util.Arrays;
import java.util.List;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.Scripts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptFormUnitTests {

	@Test
	void keywordsAreSplitOnSpacesAndChineseOrLatinCommasAndBlankVariantsLeftOut() {
		ScriptForm form = ScriptForm.blank(3L);
		form.setCode("yj");
		form.setKeywords(" 便宜，打折、抹零, 少点  议价 ");
		form.setVariants(Arrays.asList("亲,价格都是很优惠了呢", "", null, "亲,抱歉啊"));

		ScriptDraft draft = form.toDraft();

		assertThat(draft.keywords()).containsExactly("便宜", "打折", "抹零", "少点", "议价");
		assertThat(draft.variants()).containsExactly("亲,价格都是很优惠了呢", "亲,抱歉啊");
		assertThat(draft.groupId()).hasToString("3");
	}

	@Test
	void aNewScriptGetsThreeBoxesAndAScriptOfThreeASpareFourth() {
		assertThat(ScriptForm.blank(null).getVariants()).containsExactly("", "", "");

		Script script = Scripts.in("议价").code("yj").text("一", "二", "三").build();
		assertThat(ScriptForm.of(script).getVariants()).containsExactly("一", "二", "三", "");
		assertThat(ScriptForm.of(script).getKeywords()).isEmpty();
	}

	@Test
	void aMissingGroupIsNoGroup() {
		ScriptForm form = ScriptForm.blank(0L);
		form.setVariants(List.of("亲,您好"));

		assertThat(form.toDraft().groupId()).isNull();
	}

	@Test
	void errorsOfTheDraftNameTheBoxesOfTheForm() {
		assertThat(ScriptForms.formField("keywords[2].<list element>")).isEqualTo("keywords");
		assertThat(ScriptForms.formField("variants[1].<list element>")).isEqualTo("variants[1]");
		assertThat(ScriptForms.formField("variantsDistinct")).isEqualTo("variants");
		assertThat(ScriptForms.formField("code")).isEqualTo("code");
	}

}

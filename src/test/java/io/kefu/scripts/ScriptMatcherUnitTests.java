package io.kefu.scripts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptMatcherUnitTests {

	private final Script greeting = Scripts.in("问好").code("hi").text("亲您好,请问有什么可以帮到您的呢?").build();

	private final Script freeShipping = Scripts.in("快递").code("by").text("亲,全店包邮的哦(新疆西藏除外),还赠送运费险").build();

	private final Script courier = Scripts.in("快递").code("kd").text("亲爱的客人,我们这里默认快递是圆通快递,不知道您那边能不能到呢?").build();

	private final Script price = Scripts.in("议价")
		.code("yj")
		.title("价格可以便宜点吗")
		.keywords("便宜", "打折", "抹零")
		.text("亲,价格都是很优惠了呢。售价都是公司统一制定,很抱歉我们没权限修改的哦")
		.build();

	private final Script tracking = Scripts.in("物流查询").code("wl").text("亲,请您稍等,正在为您查询~").build();

	private final ScriptMatcher matcher = ScriptMatcher.over(List.of(greeting, freeShipping, courier, price, tracking));

	@Test
	void findsAShopWordTheDictionaryCutsIntoCharacters() {
		assertThat(codes("包邮吗")).first().isEqualTo("by");
		assertThat(codes("能发顺丰吗 急用")).isEmpty();
		assertThat(codes("发什么快递")).first().isEqualTo("kd");
	}

	@Test
	void aBuyersWordInTheKeywordsFindsTheScriptItsTextDoesNotName() {
		assertThat(codes("老板 打个折呗")).containsExactly("yj");
		assertThat(codes("能便宜点吗")).first().isEqualTo("yj");
	}

	@Test
	void theGroupNameCountsToo() {
		assertThat(codes("物流查询一下")).first().isEqualTo("wl");
	}

	@Test
	void particlesAndFunctionWordsAloneMatchNothing() {
		assertThat(codes("嗯嗯 好的吧")).isEmpty();
		assertThat(codes("有没有呢?")).isEmpty();
		assertThat(codes("")).isEmpty();
	}

	@Test
	void givesTheBestFirstAndNoMoreThanAsked() {
		List<ScriptSuggestion> suggestions = matcher.suggest("快递包邮吗 能便宜吗", 2);

		assertThat(suggestions).hasSize(2);
		assertThat(suggestions.get(0).score()).isGreaterThanOrEqualTo(suggestions.get(1).score());
		assertThat(matcher.suggest("包邮吗", 0)).isEmpty();
	}

	@Test
	void aPastedEssayIsAnsweredLikeAShortQuestion() {
		String essay = "包邮吗" + "我想问一下这个台灯的详细情况".repeat(200);

		assertThat(matcher.suggest(essay, 3)).extracting(s -> s.script().code()).contains("by");
	}

	@Test
	void anEmptyLibrarySuggestsNothing() {
		assertThat(ScriptMatcher.over(List.of()).suggest("包邮吗", 3)).isEmpty();
	}

	@Test
	void fullWidthLettersMatchTheirAsciiForm() {
		Script ems = Scripts.in("快递").code("ems").keywords("EMS").text("偏远地区可以发邮政").build();

		assertThat(ScriptMatcher.over(List.of(ems, courier)).suggest("能发ＥＭＳ吗", 3)).extracting(s -> s.script().code())
			.first()
			.isEqualTo("ems");
	}

	private List<String> codes(String buyerText) {
		return matcher.suggest(buyerText, 3).stream().map(s -> s.script().code()).toList();
	}

}

package io.kefu.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persona engine: the trainee's words choose the buyer's next line, the same words
 * always the same line.
 */
class PersonaUnitTests {

	private final Persona bargainer = Personas.BARGAINER;

	@Test
	void theBargainerOpensByAskingForADiscount() {
		Persona.Turn opening = bargainer.opening();

		assertThat(opening.lineFor("护眼台灯", "白色")).isEqualTo("在吗？护眼台灯能便宜点吗？");
		assertThat(opening.turns()).isZero();
		assertThat(opening.ended()).isFalse();
	}

	@Test
	void aDiscountOfferedMakesTheBargainerAskForMore() {
		Persona.Turn turn = bargainer.answer("start", 0, "亲，可以给您一张5元优惠券哦");

		assertThat(turn.node()).isEqualTo("offered");
		assertThat(turn.line()).isEqualTo("那再少十块我就拍了，行不行？");
		assertThat(turn.turns()).isEqualTo(1);
	}

	@Test
	void aPoliteRefusalMakesTheBargainerCompareWithOtherShops() {
		Persona.Turn turn = bargainer.answer("start", 0, "亲，我们是统一定价的，很抱歉哦");

		assertThat(turn.node()).isEqualTo("refused");
		assertThat(turn.line()).contains("别家");
	}

	@Test
	void aReplyMatchingNoBranchGetsThePressingLineAtTheSameNode() {
		Persona.Turn turn = bargainer.answer("start", 2, "您好，在的");

		assertThat(turn.node()).isEqualTo("start");
		assertThat(turn.line()).isEqualTo("到底能不能便宜点啊？我诚心要的。");
		assertThat(turn.turns()).isEqualTo(3);
		assertThat(turn.ended()).isFalse();
	}

	@Test
	void theBuyerGivesUpAfterTheLastTurnWithoutProgress() {
		Persona.Turn turn = bargainer.answer("start", bargainer.maxTurns() - 1, "您好，在的");

		assertThat(turn.line()).isEqualTo(bargainer.giveUp());
		assertThat(turn.ended()).isTrue();
	}

	@Test
	void reachingALastNodeEndsTheScript() {
		Persona.Turn refused = bargainer.answer("start", 0, "不议价的哦");
		Persona.Turn last = bargainer.answer(refused.node(), refused.turns(), "我们是厂家直销，质量有保障");

		assertThat(last.node()).isEqualTo("quality");
		assertThat(last.ended()).isTrue();
		assertThat(bargainer.answer(last.node(), last.turns(), "还有什么可以帮您").line()).isEqualTo(bargainer.giveUp());
	}

	@Test
	void cuesMatchWhateverTheSpacingAndCase() {
		assertThat(Personas.SHIPPING.answer("start", 0, "可以发 顺 丰，需要补差价").node()).isEqualTo("sf");
		assertThat(Personas.ANGRY_AFTER_SALES.answer("start", 0, "非常抱歉给您带来不便").node()).isEqualTo("apologised");
		assertThat(Personas.OUT_OF_STOCK.answer("start", 0, "这个颜色暂时没有了，在补货").node()).isEqualTo("when");
	}

	@Test
	void theSameRepliesGiveTheSameConversation() {
		List<String> replies = List.of("您好", "不好意思，我们不议价", "我们是正品，有保障");

		assertThat(play(replies)).isEqualTo(play(replies));
	}

	@Test
	void everyPersonaIsWholeAndFoundByItsCode() {
		assertThat(Personas.all()).extracting(Persona::code)
			.containsExactly("BARGAINER", "SHIPPING", "OUT_OF_STOCK", "ANGRY_AFTER_SALES");
		assertThat(Personas.byCode("SHIPPING")).contains(Personas.SHIPPING);
		assertThatThrownBy(() -> new Persona("X", Personas.SHIPPING.skillGroup(), "x", "nowhere",
				Personas.SHIPPING.nodes(), 3, "bye"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private List<String> play(List<String> replies) {
		Persona.Turn turn = bargainer.opening();
		List<String> lines = new java.util.ArrayList<>(List.of(turn.line()));
		for (String reply : replies) {
			turn = bargainer.answer(turn.node(), turn.turns(), reply);
			lines.add(turn.line());
		}
		return lines;
	}

}

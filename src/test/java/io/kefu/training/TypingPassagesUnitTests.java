package io.kefu.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passage picker: whole replies of the shop's own, 150–250 characters, cleaned of
 * emoticon codes and placeholders, the same for the same seed.
 */
class TypingPassagesUnitTests {

	static final List<String> SCRIPTS = List.of("亲,您好,在的哦~有什么可以帮到您的呢?/:809", "亲,这款有大量现货,您可以放心订购哦",
			"{买家}您好,这款正在补货中,预计7天左右到货,您可以先收藏宝贝,到货后我第一时间通知您哦~", "亲,这款的尺寸在详情页参数里都有写哦,灯体小巧,一般的书桌、床头柜都可以放下的~",
			"亲,白色百搭,粉色和薄荷绿女生很喜欢,雾霾灰耐脏又有质感,您看喜欢哪个颜色呢?", "亲,我们的护眼台灯都是无可视频闪的,孩子长时间看书写作业也放心的哦[微笑]",
			"亲,抱歉啊。我们不议价的哦~现在是活动期间,您拍下的价格已经非常优惠了。", "亲,我们线上线下都是统一定价的,价格上请您放心,质量有保障才是第一位的嘛~", "好的", "OK thanks",
			"详情请看 https://example.com/item?id=1 这里的说明,有问题再找我哦");

	@Test
	void theSameSeedGivesTheSamePassage() {
		assertThat(TypingPassages.pick(SCRIPTS, 42)).isEqualTo(TypingPassages.pick(reversed(SCRIPTS), 42));
		assertThat(TypingPassages.pick(SCRIPTS, 42)).isNotEqualTo(TypingPassages.pick(SCRIPTS, 43));
	}

	@Test
	void aPassageIsWholeCleanRepliesOfTheRightLength() {
		for (long seed = 0; seed < 50; seed++) {
			String passage = TypingPassages.pick(SCRIPTS, seed);

			assertThat(TypingPassages.length(passage)).isBetween(TypingPassages.MIN_LENGTH, TypingPassages.MAX_LENGTH);
			assertThat(passage).doesNotContain("/:", "{", "}", "[微笑]", "http", "好的", "OK");
		}
	}

	@Test
	void cleaningDropsCodesAndPlaceholdersAndEndsInPunctuation() {
		assertThat(TypingPassages.clean("亲,在的哦~/:809")).isEqualTo("亲,在的哦~");
		assertThat(TypingPassages.clean("/:^_^${name}您好\n欢迎光临")).isEqualTo("您好 欢迎光临。");
		assertThat(TypingPassages.clean("{{买家}} 亲,看看这款[愉快]")).isEqualTo("亲,看看这款。");
	}

	@Test
	void aReplyAdaptedFromAScriptIsTakenOnce() {
		List<String> texts = List.of("亲,给您发了尺寸图,您对比一下哦,放您的书桌完全没问题的", "亲,给您发了尺寸图,您对比一下哦,灯体小巧,放您的书桌完全没问题的");

		String passage = TypingPassages.pick(texts, 3);

		assertThat(passage.split("亲,给您发了尺寸图", -1)).hasSize(2);
	}

	@Test
	void aShopWithFewWordsGetsTheStandardPassageToo() {
		String passage = TypingPassages.pick(List.of("亲,这款有大量现货,您可以放心订购哦"), 7);

		assertThat(TypingPassages.length(passage)).isBetween(TypingPassages.MIN_LENGTH, TypingPassages.MAX_LENGTH);
		assertThat(TypingPassages.pick(List.of(), 7)).isNotBlank();
	}

	private static List<String> reversed(List<String> texts) {
		List<String> copy = new ArrayList<>(texts);
		Collections.reverse(copy);
		return copy;
	}

}

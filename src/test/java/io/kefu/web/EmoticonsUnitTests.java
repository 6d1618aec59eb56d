package io.kefu.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmoticonsUnitTests {

	final Emoticons emoticons = new Emoticons();

	@Test
	void showsTheMarketplaceCodeAsItsEmoji() {
		assertThat(emoticons.display("期待您的光临!/:809")).isEqualTo("期待您的光临!😍");
		assertThat(emoticons.display("/:^_^亲，在的/:Y")).isEqualTo("🙂亲，在的❤️");
	}

	@Test
	void readsTheLongestCodeFirst() {
		assertThat(emoticons.display("/:(OK)")).isEqualTo("🤝");
		assertThat(emoticons.display("/:(Zz...)")).isEqualTo("😪");
		assertThat(emoticons.display("/:O")).isEqualTo("😮");
		assertThat(emoticons.display("/:>O<")).isEqualTo("😭");
	}

	@Test
	void leavesUnknownCodesAndOtherTextAsTheyAre() {
		assertThat(emoticons.display("/:999 https://item.taobao.com/x")).isEqualTo("/:999 https://item.taobao.com/x");
		assertThat(emoticons.display("好的")).isEqualTo("好的");
		assertThat(emoticons.display(null)).isEmpty();
	}

	@Test
	void replacementCharactersInTheEmojiAreNotReadAsGroupReferences() {
		assertThat(emoticons.display("/:$ /:%")).isEqualTo("💰 🛍️");
	}

	@Test
	void everyCodeHasANameAndAnEmojiAndStartsLikeAMarketplaceCode() {
		assertThat(emoticons.table()).hasSizeGreaterThan(50).allSatisfy((code, emoticon) -> {
			assertThat(code).startsWith("/:");
			assertThat(emoticon.name()).isNotBlank();
			assertThat(emoticon.emoji()).isNotBlank().doesNotContain("/:");
		});
		assertThat(emoticons.table().get("/:809").name()).isEqualTo("爱慕");
	}

}

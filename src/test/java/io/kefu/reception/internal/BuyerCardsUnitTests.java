package io.kefu.reception.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuyerCardsUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "[商品] 视谱 护眼台灯 A1 ¥199.00", "[商品卡片]视谱 护眼台灯 A1", "[订单] 4302117788", "[订单卡片] 订单编号：4302117788",
			"[订单编号:4302117788]", "https://item.taobao.com/item.htm?id=42",
			"这个 https://detail.tmall.com/item.htm?spm=a1&id=42 有货吗" })
	void cardsAndLinksShowWhatTheBuyerBuys(String message) {
		assertThat(BuyerCards.showsWhatTheyBuy(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "在吗", "[图片]", "这款台灯有货吗", "https://example.com/lamp", "[商品]" })
	void questionsAndOtherMediaDoNot(String message) {
		assertThat(BuyerCards.showsWhatTheyBuy(message)).isFalse();
	}

	@Test
	void aProductCardNamesItsTitleWithoutThePrice() {
		assertThat(BuyerCards.productTitle("[商品] 视谱 护眼台灯 A1 ¥199.00")).hasValue("视谱 护眼台灯 A1");
		assertThat(BuyerCards.productTitle("[商品卡片] 视谱 护眼台灯 A1")).hasValue("视谱 护眼台灯 A1");
	}

	@Test
	void anOrderCardNamesItsNumber() {
		assertThat(BuyerCards.orderNo("[订单] 4302117788")).hasValue("4302117788");
		assertThat(BuyerCards.orderNo("[订单卡片] 订单编号：4302117788")).hasValue("4302117788");
		assertThat(BuyerCards.orderNo("[订单编号:4302117788]")).hasValue("4302117788");
	}

	@Test
	void linksAndTypedIdsNameProductNumbers() {
		assertThat(BuyerCards.productIds("https://item.taobao.com/item.htm?id=42 和 https://item.jd.com/77.html"))
			.containsExactly(42L, 77L);
		assertThat(BuyerCards.productIds("商品ID: 12 还有吗")).containsExactly(12L);
	}

	@Test
	void aLinkWithAnIdTooLongForANumberNamesNoProductInsteadOfFailing() {
		assertThat(BuyerCards.productIds("https://item.taobao.com/item.htm?id=99999999999999999999999")).isEmpty();
		assertThat(
				BuyerCards.productIds("https://item.jd.com/99999999999999999999999.html 和 https://item.jd.com/7.html"))
			.containsExactly(7L);
	}

}

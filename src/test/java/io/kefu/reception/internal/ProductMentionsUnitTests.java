package io.kefu.reception.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.reception.ChatMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MentionedProduct;
import io.kefu.reception.MentionedProduct.Source;
import io.kefu.reception.MessageKind;
import io.kefu.shop.Product;
import io.kefu.shop.ProductId;
import io.kefu.shop.ShopId;
import io.kefu.shop.Sku;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProductMentionsUnitTests {

	static final Product LAMP = product(1, "视谱 护眼台灯 A1");

	static final Product PRO = product(2, "视谱 LED 护眼台灯 Pro");

	static final Product BULB = product(3, "暖光灯泡");

	final List<ChatMessage> chat = new ArrayList<>();

	@Test
	void theLatestProductTheBuyerShowedComesFirstAndEachOnlyOnce() {
		buyer("[商品] 视谱 护眼台灯 A1 ¥199.00");
		agent("亲，这款有货的 视谱 LED 护眼台灯 Pro 也不错");
		buyer("那 视谱LED护眼台灯pro 呢");
		buyer("[商品] 视谱 护眼台灯 A1 ¥199.00");

		assertThat(find()).extracting(MentionedProduct::productId, MentionedProduct::source, MentionedProduct::seq)
			.containsExactly(tuple(1L, Source.CARD, 4), tuple(2L, Source.TITLE, 3));
	}

	@Test
	void linksIdsAndOrderCardsPointAtTheShopsProducts() {
		buyer("[订单] 4302117788");
		buyer("https://item.taobao.com/item.htm?id=3");
		buyer("商品ID 99 还有吗");

		assertThat(find()).extracting(MentionedProduct::productId, MentionedProduct::source)
			.containsExactly(tuple(3L, Source.LINK), tuple(2L, Source.ORDER));
	}

	@Test
	void aCardWhoseTitleWasShortenedStillFindsTheProduct() {
		buyer("[商品卡片] 视谱 LED 护眼台灯");

		assertThat(find()).extracting(MentionedProduct::productId).containsExactly(2L);
	}

	@Test
	void aChatAboutNothingOfTheShopFindsNothing() {
		buyer("在吗");
		buyer("[商品] 别家的台灯 ¥9.90");

		assertThat(find()).isEmpty();
	}

	private List<MentionedProduct> find() {
		Map<String, List<Long>> orders = Map.of("4302117788", List.of(2L));
		return ProductMentions.in(chat, List.of(LAMP, PRO, BULB), no -> orders.getOrDefault(no, List.of()));
	}

	private void buyer(String text) {
		chat.add(message(Direction.IN, text));
	}

	private void agent(String text) {
		chat.add(message(Direction.OUT, text));
	}

	private ChatMessage message(Direction direction, String text) {
		int seq = chat.size() + 1;
		return new ChatMessage(seq, 1, seq, direction, MessageKind.TEXT, null, null, text,
				Instant.parse("2026-11-20T02:00:00Z").plusSeconds(seq), null);
	}

	private static Product product(long id, String title) {
		return new Product(ProductId.of(id), ShopId.of(1), title, "台灯", true, List.of(), List.of(),
				List.of(new Sku(id * 10, "S-" + id, "白色", new BigDecimal("199.00"), 5)));
	}

}

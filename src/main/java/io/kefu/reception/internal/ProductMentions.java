package io.kefu.reception.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.kefu.reception.ChatMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MentionedProduct;
import io.kefu.reception.MentionedProduct.Source;
import io.kefu.shop.Product;

/**
 * Finds the shop's products in a buyer's messages (no Spring, no SQL): a product card
 * names its title, a link or a typed id its number, an order card its order, whose items
 * name their products; any message may hold a product's whole title (spaces and case
 * ignored). The latest message counts first; a product is listed once.
 */
final class ProductMentions {

	private ProductMentions() {
	}

	/**
	 * @param messages the conversation's messages, in order
	 * @param products the shop's products
	 * @param orderProducts the product ids of an order number's items (none for an
	 * unknown order)
	 */
	static List<MentionedProduct> in(List<ChatMessage> messages, List<Product> products,
			Function<String, List<Long>> orderProducts) {
		Map<Long, Product> byId = new LinkedHashMap<>();
		products.forEach(p -> byId.put(p.id().value(), p));
		Map<Long, MentionedProduct> found = new LinkedHashMap<>();
		List<ChatMessage> latestFirst = new ArrayList<>(messages);
		java.util.Collections.reverse(latestFirst);
		for (ChatMessage m : latestFirst) {
			if (m.direction() != Direction.IN) {
				continue;
			}
			String text = m.content();
			BuyerCards.productTitle(text)
				.flatMap(title -> titled(products, title))
				.ifPresent(p -> add(found, p, Source.CARD, m.seq()));
			BuyerCards.productIds(text).forEach(id -> {
				if (byId.containsKey(id)) {
					add(found, byId.get(id), Source.LINK, m.seq());
				}
			});
			BuyerCards.orderNo(text).ifPresent(no -> orderProducts.apply(no).forEach(id -> {
				if (byId.containsKey(id)) {
					add(found, byId.get(id), Source.ORDER, m.seq());
				}
			}));
			String plain = plain(text);
			products.stream()
				.filter(p -> !plain(p.title()).isEmpty() && plain.contains(plain(p.title())))
				.forEach(p -> add(found, p, Source.TITLE, m.seq()));
		}
		return List.copyOf(found.values());
	}

	/**
	 * The product a card's title names: the same title, else the longest title it holds.
	 */
	private static Optional<Product> titled(List<Product> products, String title) {
		String card = plain(title);
		return products.stream()
			.filter(p -> plain(p.title()).equals(card))
			.findFirst()
			.or(() -> products.stream()
				.filter(p -> !plain(p.title()).isEmpty()
						&& (card.contains(plain(p.title())) || plain(p.title()).contains(card)))
				.max(java.util.Comparator.comparingInt(p -> p.title().length())));
	}

	private static void add(Map<Long, MentionedProduct> found, Product product, Source source, int seq) {
		found.putIfAbsent(product.id().value(),
				new MentionedProduct(product.id().value(), product.title(), source, seq));
	}

	private static String plain(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

}

package io.kefu.reception.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a buyer's message carries about a product or an order, as the chat text has it:
 * the cards the marketplaces and the demo put in the chat ({@code [商品] 标题 ¥199},
 * {@code [商品卡片] …}, {@code [订单] 2026…}, {@code [订单卡片] …}, {@code [订单编号:…]}), product
 * links (item.taobao.com, detail.tmall.com, item.jd.com) and a product id typed out
 * ({@code 商品ID 12}).
 */
final class BuyerCards {

	private static final Pattern PRODUCT_CARD = Pattern
		.compile("^\\[(商品|商品卡片)\\][:：]?\\s*(.+?)(\\s+[¥￥]\\s*[0-9.,]+)?\\s*$", Pattern.DOTALL);

	private static final Pattern ORDER_CARD = Pattern
		.compile("^\\[(订单|订单卡片|订单编号)[:：]?\\s*\\]?[:：]?\\s*(?:订单编号[:：]?\\s*)?([0-9A-Za-z_-]+)");

	private static final Pattern LINK = Pattern.compile(
			"https?://(?:item\\.taobao\\.com|detail\\.tmall\\.com|item\\.jd\\.com)\\S*?(?:[?&]id=(\\d{1,18})(?!\\d)|/(\\d{1,18})\\.html)");

	private static final Pattern TYPED_ID = Pattern.compile("商品\\s*(?:ID|id|编号|号)\\s*[:：]?\\s*(\\d{1,18})");

	private BuyerCards() {
	}

	/**
	 * Whether the message is an order or product card or a product link: the buyer shows
	 * what they buy (queue priority, seed 000 优先回复购买商品买家).
	 */
	static boolean showsWhatTheyBuy(String content) {
		String text = content.strip();
		return PRODUCT_CARD.matcher(text).matches() || ORDER_CARD.matcher(text).find() || LINK.matcher(text).find();
	}

	/** The product title of a product card. */
	static Optional<String> productTitle(String content) {
		Matcher card = PRODUCT_CARD.matcher(content.strip());
		return card.matches() ? Optional.of(card.group(2).strip()) : Optional.empty();
	}

	/** The order number of an order card. */
	static Optional<String> orderNo(String content) {
		Matcher card = ORDER_CARD.matcher(content.strip());
		return card.find() ? Optional.of(card.group(2)) : Optional.empty();
	}

	/** The product ids of links and of ids typed out, in the order they appear. */
	static List<Long> productIds(String content) {
		List<Long> ids = new ArrayList<>();
		Matcher link = LINK.matcher(content);
		while (link.find()) {
			ids.add(Long.parseLong(link.group(1) != null ? link.group(1) : link.group(2)));
		}
		Matcher typed = TYPED_ID.matcher(content);
		while (typed.find()) {
			ids.add(Long.parseLong(typed.group(1)));
		}
		return ids;
	}

}

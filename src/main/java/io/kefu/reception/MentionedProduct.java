package io.kefu.reception;

/**
 * A product of the shop the buyer showed or named in a conversation: the message
 * ({@code seq}) and how ({@code source}).
 */
public record MentionedProduct(long productId, String title, Source source, int seq) {

	/** How the buyer pointed at the product. */
	public enum Source {

		/** a product card ([商品] …) */
		CARD,
		/** a product link or a product id typed out */
		LINK,
		/** an order card: the order's items */
		ORDER,
		/** the product's title in the text */
		TITLE

	}

}

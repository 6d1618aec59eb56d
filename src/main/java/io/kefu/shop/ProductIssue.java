package io.kefu.shop;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An error an agent found on a product page (seed 000 检查店铺图片情况, seed 001 检查商品页面异常): a
 * price or picture that does not match the product, open until a supervisor marks it
 * fixed.
 */
public record ProductIssue(long id, ShopId shopId, ProductId productId, String productTitle, Kind kind, String note,
		@Nullable Long reportedBy, String reporter, Instant reportedAt, @Nullable String fixer,
		@Nullable Instant fixedAt) {

	public static final int MAX_NOTE = 500;

	public boolean isOpen() {
		return fixedAt == null;
	}

	/** What is wrong on the page. */
	public enum Kind {

		/** 价格不符 */
		PRICE,
		/** 图片不符 */
		PICTURE, OTHER

	}

}

package io.kefu.shop;

import java.math.BigDecimal;

/** One sellable variant of a product, e.g. 颜色分类 白色 充电款, with its price and stock. */
public record Sku(long id, String code, String spec, BigDecimal price, int stock) {

	public ProductDraft.SkuDraft toDraft() {
		return new ProductDraft.SkuDraft(code, spec, price, stock);
	}
}

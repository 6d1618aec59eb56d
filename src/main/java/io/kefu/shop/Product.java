package io.kefu.shop;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A product (宝贝) as agents must know it: title, parameters (参数) in page order, selling
 * points (卖点) and SKUs with price and stock.
 */
public record Product(ProductId id, ShopId shopId, String title, String category, boolean listed,
		List<Attribute> attributes, List<String> sellingPoints, List<Sku> skus) {

	public Product {
		attributes = List.copyOf(attributes);
		sellingPoints = List.copyOf(sellingPoints);
		skus = List.copyOf(skus);
	}

	public int totalStock() {
		return skus.stream().mapToInt(Sku::stock).sum();
	}

	public BigDecimal lowestPrice() {
		return skus.stream().map(Sku::price).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
	}

	public ProductDraft toDraft() {
		return new ProductDraft(title, category, listed, attributes, sellingPoints,
				skus.stream().map(Sku::toDraft).toList());
	}

	/** One parameter line of the product page, e.g. 光源类型 = LED. */
	public record Attribute(String name, String value) {
	}
}

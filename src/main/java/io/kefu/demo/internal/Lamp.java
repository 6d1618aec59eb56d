package io.kefu.demo.internal;

import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.shop.Product;
import io.kefu.shop.Sku;

/**
 * A product of the catalogue as the agents talk about it: its parameters by name, its
 * SKUs in stock.
 */
record Lamp(Product product) {

	String value(String attribute, String otherwise) {
		return product.attributes()
			.stream()
			.filter(a -> a.name().equals(attribute))
			.map(Product.Attribute::value)
			.findFirst()
			.orElse(otherwise);
	}

	boolean has(String attribute) {
		return product.attributes().stream().anyMatch(a -> a.name().equals(attribute));
	}

	/** What agents call it: 这款SP-C3充电台灯. */
	String spoken() {
		return value("型号", "") + product.category();
	}

	String sellingPoint(RandomGenerator random) {
		List<String> points = product.sellingPoints();
		return points.isEmpty() ? "做工用料都很扎实" : points.get(random.nextInt(points.size()));
	}

	Sku anySku(RandomGenerator random) {
		return product.skus().get(random.nextInt(product.skus().size()));
	}

	/** Another SKU with stock, to offer when the asked one is sold out. */
	Sku inStockOtherThan(Sku sku) {
		return product.skus()
			.stream()
			.filter(s -> s.stock() > 0 && s.id() != sku.id())
			.findFirst()
			.orElse(product.skus().stream().filter(s -> s.stock() > 0).findFirst().orElse(sku));
	}

	String card() {
		return "[商品] " + product.title() + " ¥" + product.lowestPrice();
	}
}

package io.kefu.shop.web;

import java.math.BigDecimal;

import io.kefu.shop.ProductDraft;

import org.jspecify.annotations.Nullable;

/** One SKU line of the product form; a JavaBean so that the form can bind and show it. */
public class SkuRow {

	private @Nullable String code;

	private @Nullable String spec;

	private @Nullable BigDecimal price;

	private @Nullable Integer stock;

	public SkuRow() {
	}

	SkuRow(ProductDraft.SkuDraft sku) {
		this.code = sku.code();
		this.spec = sku.spec();
		this.price = sku.price();
		this.stock = sku.stock();
	}

	ProductDraft.SkuDraft toDraft() {
		return new ProductDraft.SkuDraft(code, spec, price, stock);
	}

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getSpec() {
		return spec;
	}

	public void setSpec(@Nullable String spec) {
		this.spec = spec;
	}

	public @Nullable BigDecimal getPrice() {
		return price;
	}

	public void setPrice(@Nullable BigDecimal price) {
		this.price = price;
	}

	public @Nullable Integer getStock() {
		return stock;
	}

	public void setStock(@Nullable Integer stock) {
		this.stock = stock;
	}

}

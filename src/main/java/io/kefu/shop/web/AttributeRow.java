package io.kefu.shop.web;

import io.kefu.shop.Product;

import org.jspecify.annotations.Nullable;

/**
 * One parameter line of the product form; a JavaBean so that the form can bind and show
 * it.
 */
public class AttributeRow {

	private @Nullable String name;

	private @Nullable String value;

	public AttributeRow() {
	}

	AttributeRow(Product.Attribute attribute) {
		this.name = attribute.name();
		this.value = attribute.value();
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getValue() {
		return value;
	}

	public void setValue(@Nullable String value) {
		this.value = value;
	}

}

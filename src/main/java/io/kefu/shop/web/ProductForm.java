package io.kefu.shop.web;

import java.util.ArrayList;
import java.util.List;

import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;

import org.jspecify.annotations.Nullable;

/**
 * The product form as the browser posts it: plain rows, including the blank ones offered
 * for new attributes, selling points and SKUs. {@link #toDraft()} turns it into the
 * {@link ProductDraft} that is validated and stored; {@link #of(ProductDraft)} shows a
 * draft again, with a few blank rows to fill.
 */
public class ProductForm {

	static final int BLANK_ROWS = 2;

	static final int MIN_ROWS = 3;

	private String title = "";

	private String category = "";

	private boolean listed = true;

	private List<AttributeRow> attributes = new ArrayList<>();

	private List<String> sellingPoints = new ArrayList<>();

	private List<SkuRow> skus = new ArrayList<>();

	static ProductForm blank() {
		return of(new ProductDraft("", "", true, List.of(), List.of(), List.of()));
	}

	static ProductForm of(ProductDraft draft) {
		ProductForm form = new ProductForm();
		form.title = draft.title();
		form.category = draft.category();
		form.listed = draft.listed();
		draft.attributes().forEach(attribute -> form.attributes.add(new AttributeRow(attribute)));
		form.sellingPoints.addAll(draft.sellingPoints());
		draft.skus().forEach(sku -> form.skus.add(new SkuRow(sku)));
		pad(form.attributes, AttributeRow::new);
		pad(form.sellingPoints, String::new);
		pad(form.skus, SkuRow::new);
		return form;
	}

	private static <T> void pad(List<T> rows, java.util.function.Supplier<T> blank) {
		int size = Math.max(rows.size() + BLANK_ROWS, MIN_ROWS);
		while (rows.size() < size) {
			rows.add(blank.get());
		}
	}

	/** Blank rows are dropped by the draft itself. */
	ProductDraft toDraft() {
		return new ProductDraft(title, category, listed,
				attributes.stream().map(row -> new Product.Attribute(row.getName(), row.getValue())).toList(),
				sellingPoints, skus.stream().map(SkuRow::toDraft).toList());
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category == null ? "" : category;
	}

	public boolean isListed() {
		return listed;
	}

	public void setListed(boolean listed) {
		this.listed = listed;
	}

	public List<AttributeRow> getAttributes() {
		return attributes;
	}

	public void setAttributes(List<AttributeRow> attributes) {
		this.attributes = attributes;
	}

	public List<String> getSellingPoints() {
		return sellingPoints;
	}

	public void setSellingPoints(List<String> sellingPoints) {
		this.sellingPoints = sellingPoints;
	}

	public List<SkuRow> getSkus() {
		return skus;
	}

	public void setSkus(List<SkuRow> skus) {
		this.skus = skus;
	}

}

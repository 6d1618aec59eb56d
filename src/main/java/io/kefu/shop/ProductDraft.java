package io.kefu.shop;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A product as entered or edited, validated before anything is stored. Marketplace titles
 * are limited to 60 characters.
 */
public record ProductDraft(@NotBlank @Size(max = 60) String title, @Size(max = 40) String category, boolean listed,
		List<Product.@Valid Attribute> attributes, List<@NotBlank @Size(max = 100) String> sellingPoints,
		@NotEmpty List<@Valid SkuDraft> skus) {

	public ProductDraft {
		title = title == null ? "" : title.strip();
		category = category == null ? "" : category.strip();
		attributes = attributes == null ? List.of()
				: attributes.stream()
					.filter(attribute -> attribute != null && !isBlank(attribute.name()) && !isBlank(attribute.value()))
					.map(attribute -> new Product.Attribute(attribute.name().strip(), attribute.value().strip()))
					.toList();
		sellingPoints = sellingPoints == null ? List.of()
				: sellingPoints.stream().filter(point -> !isBlank(point)).map(String::strip).toList();
		skus = skus == null ? List.of() : skus.stream().filter(sku -> sku != null && !sku.isEmpty()).toList();
	}

	@AssertTrue(message = "{product.skus.duplicateCode}")
	public boolean isSkuCodesUnique() {
		Set<String> codes = new HashSet<>();
		return skus.stream().allMatch(sku -> sku.code() == null || codes.add(sku.code()));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** One SKU line of the form. */
	public record SkuDraft(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 80) String spec,
			@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
			@NotNull @Min(0) @Max(10_000_000) Integer stock) {

		public SkuDraft {
			code = code == null ? null : code.strip();
			spec = spec == null ? null : spec.strip();
		}

		boolean isEmpty() {
			return isBlank(code) && isBlank(spec) && price == null && stock == null;
		}
	}
}

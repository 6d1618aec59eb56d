package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.util.List;

import io.kefu.shop.ProductDraft;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LampCatalogueUnitTests {

	private final List<ProductDraft> lamps = LampCatalogue.drafts();

	@Test
	void offersAtLeastTwentyLampsAsACatalogueWouldDescribeThem() {
		assertThat(lamps).hasSizeGreaterThanOrEqualTo(20);
		assertThat(lamps).allSatisfy(lamp -> {
			assertThat(lamp.attributes()).hasSizeBetween(6, 12);
			assertThat(lamp.attributes()).anySatisfy(a -> assertThat(a.name() + "=" + a.value()).isEqualTo("品牌=视谱"));
			assertThat(lamp.sellingPoints()).hasSizeBetween(3, 5);
			assertThat(lamp.skus()).hasSizeBetween(1, 4);
		});
	}

	@Test
	void coversTheKindsOfLampsBuyersAskFor() {
		assertThat(lamps).extracting(ProductDraft::category)
			.contains("护眼台灯", "充电台灯", "学生书桌灯", "床头阅读灯", "落地阅读灯", "夹子灯", "屏幕挂灯");
	}

	@Test
	void sellsSomeSkusOutSoThatStockQuestionsMakeSense() {
		List<ProductDraft.SkuDraft> skus = lamps.stream().flatMap(lamp -> lamp.skus().stream()).toList();
		assertThat(skus).filteredOn(sku -> sku.stock() == 0).hasSizeGreaterThanOrEqualTo(3);
		assertThat(skus)
			.allSatisfy(sku -> assertThat(sku.price()).isBetween(new BigDecimal("50.00"), new BigDecimal("899.00")));
	}

	@Test
	void passesTheValidationOfTheProductForm() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			assertThat(lamps).allSatisfy(lamp -> assertThat(validator.validate(lamp)).isEmpty());
		}
	}

}

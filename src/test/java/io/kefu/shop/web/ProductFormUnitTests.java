package io.kefu.shop.web;

import java.math.BigDecimal;
import java.util.List;

import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductFormUnitTests {

	@Test
	void blankFormOffersThreeRowsOfEachKind() {
		ProductForm form = ProductForm.blank();

		assertThat(form.getAttributes()).hasSize(3);
		assertThat(form.getSellingPoints()).hasSize(3);
		assertThat(form.getSkus()).hasSize(3);
		assertThat(form.isListed()).isTrue();
	}

	@Test
	void storedProductIsShownWithTwoBlankRowsToFill() {
		ProductForm form = ProductForm.of(lamp());

		assertThat(form.getTitle()).isEqualTo("视谱 LED 护眼台灯 Pro");
		assertThat(form.getAttributes()).hasSize(3);
		assertThat(form.getSellingPoints()).containsExactly("国AA级照度", "无频闪", "", "");
		assertThat(form.getSkus()).hasSize(3);
		assertThat(form.getSkus().get(0).getPrice()).isEqualByComparingTo("299");
	}

	@Test
	void blankRowsAreDroppedFromTheDraft() {
		ProductForm form = ProductForm.of(lamp());
		form.getSkus().get(2).setCode("SP-PRO-B");
		form.getSkus().get(2).setSpec("黑色");

		ProductDraft draft = form.toDraft();

		assertThat(draft.attributes()).containsExactly(new Product.Attribute("光源类型", "LED"));
		assertThat(draft.sellingPoints()).containsExactly("国AA级照度", "无频闪");
		assertThat(draft.skus()).extracting(ProductDraft.SkuDraft::code).containsExactly("SP-PRO-W", "SP-PRO-B");
	}

	@Test
	void validationPathsNameTheFormFields() {
		assertThat(DraftViolations.field("title")).isEqualTo("title");
		assertThat(DraftViolations.field("skus[1].price")).isEqualTo("skus[1].price");
		assertThat(DraftViolations.field("sellingPoints[0].<list element>")).isEqualTo("sellingPoints[0]");
		assertThat(DraftViolations.field("skuCodesUnique")).isEqualTo("skus");
	}

	private static ProductDraft lamp() {
		return new ProductDraft("视谱 LED 护眼台灯 Pro", "台灯", true, List.of(new Product.Attribute("光源类型", "LED")),
				List.of("国AA级照度", "无频闪"),
				List.of(new ProductDraft.SkuDraft("SP-PRO-W", "白色 充电款", new BigDecimal("299.00"), 120)));
	}

}

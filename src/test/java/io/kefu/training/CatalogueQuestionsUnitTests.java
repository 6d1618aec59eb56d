package io.kefu.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptId;
import io.kefu.shop.CourierSetting;
import io.kefu.shop.Product;
import io.kefu.shop.ProductId;
import io.kefu.shop.Promotion;
import io.kefu.shop.ShopId;
import io.kefu.shop.Sku;
import io.kefu.shop.StorePolicy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions from the catalogue: wrong options are other products' values of the same
 * field, distinct from the right one and each other; a field with too few such values
 * asks nothing; a question follows its product when the product changes; the same seed
 * gives the same quiz.
 */
class CatalogueQuestionsUnitTests {

	static final ShopId SHOP = ShopId.of(1);

	/** A lamp built up field by field. */
	static final class LampBuilder {

		private final long id;

		private final List<Product.Attribute> attributes = new ArrayList<>();

		private final List<String> points = new ArrayList<>();

		private final List<Sku> skus = new ArrayList<>();

		private boolean listed = true;

		LampBuilder(long id, String model) {
			this.id = id;
			attributes.add(new Product.Attribute("品牌", "视谱"));
			attributes.add(new Product.Attribute("型号", model));
		}

		LampBuilder with(String name, String value) {
			attributes.add(new Product.Attribute(name, value));
			return this;
		}

		LampBuilder point(String point) {
			points.add(point);
			return this;
		}

		LampBuilder sku(String spec, String price) {
			skus.add(new Sku(id * 10 + skus.size(), "S" + id + skus.size(), spec, new BigDecimal(price), 5));
			return this;
		}

		LampBuilder unlisted() {
			listed = false;
			return this;
		}

		Product build() {
			return new Product(ProductId.of(id), SHOP, "视谱台灯 " + id, "台灯", listed, attributes, points, skus);
		}

	}

	static LampBuilder lamp(long id, String model) {
		return new LampBuilder(id, model);
	}

	static List<Product> catalogue(String c3Power) {
		return List.of(
				lamp(1, "SP-C3").with("功率", c3Power)
					.with("色温", "3000K")
					.with("材质", "ABS")
					.point("4000mAh大电池")
					.sku("白色", "129.00")
					.build(),
				lamp(2, "SP-E1").with("功率", "12W")
					.with("色温", "4000K")
					.with("材质", "铝合金")
					.point("国AA级照度")
					.sku("白色", "399.00")
					.build(),
				lamp(3, "SP-S6").with("功率", "10W").with("色温", "4000K").point("灯臂可升降").sku("蓝色", "269.00").build(),
				lamp(4, "SP-B2").with("功率", "6W").with("色温", "2700K").point("实木底座").sku("原木色", "159.00").build(),
				lamp(5, "SP-X").with("功率", "99W").with("材质", "黄金").unlisted().build());
	}

	static QuizMaterial material(List<Product> products) {
		return new QuizMaterial(products, List.of(), null, List.of(), List.of());
	}

	static Optional<QuizQuestion> find(List<QuizQuestion> questions, String key) {
		return questions.stream().filter(question -> question.key().equals(key)).findFirst();
	}

	@Test
	void wrongOptionsAreOtherProductsValuesOfTheSameFieldAllDifferent() {
		List<QuizQuestion> questions = CatalogueQuestions.from(material(catalogue("5W")), 7);

		QuizQuestion power = find(questions, "product:1:参数:功率").orElseThrow();
		assertThat(power.text()).isEqualTo("「SP-C3 台灯」的功率是？");
		assertThat(power.options()).hasSize(4).doesNotHaveDuplicates();
		assertThat(power.rightAnswer()).isEqualTo("5W");
		assertThat(power.options()).containsExactlyInAnyOrder("5W", "12W", "10W", "6W");
		assertThat(power.source()).isEqualTo(new QuestionSource(QuestionSource.Topic.PARAMETER, 1L, "SP-C3 台灯", "功率"));
		// an unlisted product is neither asked about nor a source of wrong options
		assertThat(questions).noneMatch(question -> question.options().contains("99W"));
		assertThat(find(questions, "product:5:参数:功率")).isEmpty();
	}

	@Test
	void wrongOptionsNeverRepeatTheRightValue() {
		List<QuizQuestion> questions = CatalogueQuestions.from(material(catalogue("5W")), 3);

		// 色温 4000K is SP-E1's and SP-S6's: asked about SP-E1, the wrong options are 3000K
		// and 2700K
		QuizQuestion colour = find(questions, "product:2:参数:色温").orElseThrow();
		assertThat(colour.options()).containsExactlyInAnyOrder("4000K", "3000K", "2700K");
		assertThat(colour.rightAnswer()).isEqualTo("4000K");
	}

	@Test
	void aFieldWithFewerThanTwoOtherValuesAsksNothing() {
		List<QuizQuestion> questions = CatalogueQuestions.from(material(catalogue("5W")), 7);

		// 材质: only SP-C3 and SP-E1 have one (the unlisted lamp does not count)
		assertThat(find(questions, "product:1:参数:材质")).isEmpty();
		// 品牌 is the same for all, 型号 names the product
		assertThat(questions).noneMatch(question -> question.key().endsWith(":品牌") || question.key().endsWith(":型号"));
		assertThat(questions).allMatch(question -> question.options().size() >= 3);
	}

	@Test
	void aQuestionFollowsItsProductWhenTheProductChanges() {
		QuizQuestion before = find(CatalogueQuestions.from(material(catalogue("5W")), 7), "product:1:参数:功率")
			.orElseThrow();
		QuizQuestion after = find(CatalogueQuestions.from(material(catalogue("8W")), 7), "product:1:参数:功率")
			.orElseThrow();

		assertThat(before.rightAnswer()).isEqualTo("5W");
		assertThat(after.rightAnswer()).isEqualTo("8W");
		assertThat(after.options()).doesNotContain("5W");
	}

	@Test
	void sellingPointsAndPricesComeFromOtherProducts() {
		List<QuizQuestion> questions = CatalogueQuestions.from(material(catalogue("5W")), 7);

		QuizQuestion point = find(questions, "product:1:卖点").orElseThrow();
		assertThat(point.rightAnswer()).isEqualTo("4000mAh大电池");
		assertThat(point.options()).containsExactlyInAnyOrder("4000mAh大电池", "国AA级照度", "灯臂可升降", "实木底座");
		QuizQuestion price = find(questions, "product:1:价格").orElseThrow();
		assertThat(price.text()).isEqualTo("「SP-C3 台灯」白色的售价是？");
		assertThat(price.rightAnswer()).isEqualTo("¥129.00");
		assertThat(price.options()).containsExactlyInAnyOrder("¥129.00", "¥399.00", "¥269.00", "¥159.00");
	}

	@Test
	void wrongPricesAreTheOtherPricesNearestTheRightOne() {
		List<Product> products = new ArrayList<>();
		String[] prices = { "129.00", "59.00", "69.00", "119.00", "139.00", "149.00", "159.00", "169.00", "179.00",
				"899.00" };
		for (int i = 0; i < prices.length; i++) {
			products.add(lamp(i + 1, "M" + i).sku("白色", prices[i]).build());
		}

		for (long seed = 0; seed < 10; seed++) {
			QuizQuestion price = find(CatalogueQuestions.from(material(products), seed), "product:1:价格").orElseThrow();
			assertThat(price.options()).hasSize(4)
				.isSubsetOf("¥129.00", "¥119.00", "¥139.00", "¥149.00", "¥159.00", "¥169.00", "¥179.00");
		}
	}

	@Test
	void theSameSeedGivesTheSameQuestionsAndAnotherSeedAnotherOrder() {
		QuizMaterial material = material(catalogue("5W"));

		assertThat(CatalogueQuestions.from(material, 7)).isEqualTo(CatalogueQuestions.from(material, 7));
		List<List<String>> orders = new ArrayList<>();
		for (long seed = 0; seed < 20; seed++) {
			orders.add(find(CatalogueQuestions.from(material, seed), "product:1:参数:功率").orElseThrow().options());
		}
		assertThat(orders.stream().distinct().count()).isGreaterThan(1);
		assertThat(orders.stream().map(options -> options.indexOf("5W")).distinct().count())
			.as("the right answer is not always in the same place")
			.isGreaterThan(1);
	}

	@Test
	void couriersAskTheDefaultAndWhatToSendWhereItDoesNotReach() {
		CourierSetting couriers = new CourierSetting("圆通", List.of("顺丰", "中通", "韵达", "EMS"),
				Map.of("圆通", Set.of("新疆", "西藏"), "中通", Set.of("西藏"), "韵达", Set.of("西藏")), LocalTime.of(16, 0));
		List<QuizQuestion> questions = CatalogueQuestions
			.from(new QuizMaterial(List.of(), List.of(), couriers, List.of(), List.of()), 1);

		QuizQuestion byDefault = find(questions, "courier:default").orElseThrow();
		assertThat(byDefault.rightAnswer()).isEqualTo("圆通");
		assertThat(byDefault.options()).hasSize(4).contains("圆通");
		QuizQuestion tibet = find(questions, "courier:place:西藏").orElseThrow();
		assertThat(tibet.rightAnswer()).isEqualTo("顺丰");
		assertThat(tibet.options()).containsExactlyInAnyOrder("顺丰", "圆通", "中通", "韵达");
		// only 圆通 misses 新疆: one wrong option is too few
		assertThat(find(questions, "courier:place:新疆")).isEmpty();
	}

	@Test
	void policiesAndPromotionsNeedThreeOfTheirKind() {
		List<StorePolicy> policies = List.of(new StorePolicy("SEVEN_DAY_RETURN", "七天无理由退换", "7天无理由退换货"),
				new StorePolicy("WARRANTY", "一年质保", "一年内免费换新"), new StorePolicy("INVOICE", "发票", "支持开电子发票"));
		List<Promotion> promotions = List.of(
				new Promotion(1, SHOP, "双11", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), "满300减50"),
				new Promotion(2, SHOP, "双12", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), "满199减20"));
		List<QuizQuestion> questions = CatalogueQuestions
			.from(new QuizMaterial(List.of(), promotions, null, policies, List.of()), 1);

		QuizQuestion returns = find(questions, "policy:SEVEN_DAY_RETURN").orElseThrow();
		assertThat(returns.rightAnswer()).isEqualTo("7天无理由退换货");
		assertThat(returns.options()).hasSize(3);
		assertThat(returns.source().field()).isEqualTo("七天无理由退换");
		assertThat(questions).noneMatch(question -> question.key().startsWith("promotion:"));
	}

	@Test
	void aScriptQuestionAsksWhichReplyFitsTheBuyer() {
		List<Script> scripts = List.of(script(1, "这款有货吗", List.of("有货"), "亲,这款有大量现货", "亲,在架的都有货"),
				script(2, "问好", List.of("在吗", "你好"), "亲您好,有什么可以帮您?"), script(3, "发什么快递", List.of("快递"), "默认发圆通哦"),
				script(4, "发票", List.of("发票"), "支持开电子发票"));
		List<QuizQuestion> questions = CatalogueQuestions
			.from(new QuizMaterial(List.of(), List.of(), null, List.of(), scripts), 5);

		QuizQuestion stock = find(questions, "script:1").orElseThrow();
		assertThat(stock.text()).isEqualTo("买家问「这款有货吗」，哪句回复合适？");
		assertThat(stock.rightAnswer()).isIn("亲,这款有大量现货", "亲,在架的都有货");
		assertThat(stock.options()).hasSize(4).doesNotHaveDuplicates();
		assertThat(stock.options()).filteredOn(option -> option.contains("货")).hasSize(1);
		assertThat(find(questions, "script:2").orElseThrow().text()).isEqualTo("买家说「在吗」「你好」（问好），哪句回复合适？");
		assertThat(stock.source().topic()).isEqualTo(QuestionSource.Topic.SCRIPT);
	}

	@Test
	void aDrawTakesTheTopicsInTurn() {
		List<Script> scripts = List.of(script(1, "这款有货吗", List.of("有货"), "有货"), script(2, "问好", List.of(), "您好"),
				script(3, "发票", List.of(), "可以开"), script(4, "快递", List.of(), "圆通"));
		List<QuizQuestion> pool = CatalogueQuestions
			.from(new QuizMaterial(catalogue("5W"), List.of(), null, List.of(), scripts), 1);

		List<QuizQuestion> drawn = CatalogueQuestions.draw(pool, 4, 9);

		assertThat(drawn).hasSize(4).doesNotHaveDuplicates();
		assertThat(drawn.stream().map(question -> question.source().topic()).distinct()).hasSize(4);
		assertThat(CatalogueQuestions.draw(pool, 500, 9)).hasSameSizeAs(pool);
		assertThat(CatalogueQuestions.draw(pool, 4, 9)).isEqualTo(drawn);
	}

	static Script script(long id, String title, List<String> keywords, String... texts) {
		return new Script(ScriptId.of(id), ScriptGroupId.of(1), "组", "c" + id, title, keywords,
				java.util.Arrays.stream(texts).map(text -> new Script.Variant(text, null)).toList(), false);
	}

}

package io.kefu.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import io.kefu.scripts.Script;
import io.kefu.shop.CourierSetting;
import io.kefu.shop.Product;
import io.kefu.shop.Promotion;
import io.kefu.shop.Sku;
import io.kefu.shop.StorePolicy;

import org.jspecify.annotations.Nullable;

/**
 * Quiz questions built from the shop's own catalogue, couriers, policies, campaigns and
 * scripts. Each question has a stable key and is built afresh from the current data
 * whenever it is drawn, so it follows a product when the product changes. Wrong options
 * (distractors) are values of the same field elsewhere in the shop — another product's
 * 功率, another policy's wording, another script's reply — never equal to the right one nor
 * to each other; a question with fewer than {@value #MIN_DISTRACTORS} such values is left
 * out, as a two-way choice tests little. A question has {@value #OPTIONS} options when
 * the shop has enough values, else 3.
 */
public final class CatalogueQuestions {

	/** Options of a question when the shop has values enough. */
	public static final int OPTIONS = 4;

	/** Fewer distinct wrong values than this and the question is left out. */
	public static final int MIN_DISTRACTORS = 2;

	/**
	 * Parameters that name the product in the question (型号) or that every product of a
	 * shop shares (品牌) test nothing.
	 */
	private static final Set<String> NAMING = Set.of("品牌", "型号");

	/** Wrong prices are drawn from the other products' prices nearest the right one. */
	private static final int NEAREST_PRICES = 6;

	private CatalogueQuestions() {
	}

	/**
	 * Every question the material gives, options shuffled by the seed (the same material
	 * and seed give the same questions), in the material's order: products, campaigns,
	 * couriers, policies, scripts.
	 */
	public static List<QuizQuestion> from(QuizMaterial material, long seed) {
		List<QuizQuestion> questions = new ArrayList<>();
		List<Product> products = material.products().stream().filter(Product::listed).toList();
		for (Product product : products) {
			questions.addAll(parameters(product, products, seed));
			sellingPoint(product, products, seed).ifPresent(questions::add);
			price(product, products, seed).ifPresent(questions::add);
		}
		for (Promotion promotion : material.promotions()) {
			promotion(promotion, material.promotions(), seed).ifPresent(questions::add);
		}
		if (material.couriers() != null) {
			questions.addAll(couriers(material.couriers(), seed));
		}
		for (StorePolicy policy : material.policies()) {
			policy(policy, material.policies(), seed).ifPresent(questions::add);
		}
		for (Script script : material.scripts()) {
			script(script, material.scripts(), seed).ifPresent(questions::add);
		}
		return questions;
	}

	/**
	 * Draws up to {@code count} questions, taking the topics in turn (a parameter, a
	 * script, a policy …) so a short quiz still covers the curriculum; within a topic the
	 * seed decides.
	 */
	public static List<QuizQuestion> draw(List<QuizQuestion> pool, int count, long seed) {
		return draw(pool, count, seed, Set.of());
	}

	/**
	 * As {@link #draw(List, int, long)}, but within a topic the questions whose keys the
	 * trainee was shown before come last: answers seen on one quiz do not pass the next,
	 * which asks what they have not met until the bank runs out.
	 */
	public static List<QuizQuestion> draw(List<QuizQuestion> pool, int count, long seed, Set<String> seen) {
		Random random = new Random(seed);
		Map<QuestionSource.Topic, List<QuizQuestion>> byTopic = new EnumMap<>(QuestionSource.Topic.class);
		pool.forEach(question -> byTopic.computeIfAbsent(question.source().topic(), topic -> new ArrayList<>())
			.add(question));
		List<List<QuizQuestion>> topics = new ArrayList<>(byTopic.values());
		topics.forEach(questions -> {
			Collections.shuffle(questions, random);
			questions.sort(Comparator.comparing(question -> seen.contains(question.key())));
		});
		Collections.shuffle(topics, random);
		List<QuizQuestion> drawn = new ArrayList<>();
		for (int round = 0; drawn.size() < count; round++) {
			boolean any = false;
			for (List<QuizQuestion> questions : topics) {
				if (round < questions.size() && drawn.size() < count) {
					drawn.add(questions.get(round));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		return drawn;
	}

	/**
	 * The name agents use for a product: its 型号 and category (SP-C3 充电台灯), else its
	 * title.
	 */
	public static String name(Product product) {
		return product.attributes()
			.stream()
			.filter(attribute -> attribute.name().equals("型号") && !attribute.value().isBlank())
			.map(attribute -> attribute.value() + " " + product.category())
			.findFirst()
			.orElse(product.title());
	}

	private static List<QuizQuestion> parameters(Product product, List<Product> products, long seed) {
		List<QuizQuestion> questions = new ArrayList<>();
		Set<String> asked = new LinkedHashSet<>();
		for (Product.Attribute attribute : product.attributes()) {
			if (NAMING.contains(attribute.name()) || attribute.value().isBlank() || !asked.add(attribute.name())) {
				continue;
			}
			List<String> others = products.stream()
				.filter(other -> !other.id().equals(product.id()))
				.flatMap(other -> other.attributes().stream())
				.filter(other -> other.name().equals(attribute.name()))
				.map(Product.Attribute::value)
				.toList();
			String key = "product:" + product.id() + ":参数:" + attribute.name();
			question(key, "「" + name(product) + "」的" + attribute.name() + "是？", attribute.value(), others,
					new QuestionSource(QuestionSource.Topic.PARAMETER, product.id().value(), name(product),
							attribute.name()),
					seed)
				.ifPresent(questions::add);
		}
		return questions;
	}

	private static Optional<QuizQuestion> sellingPoint(Product product, List<Product> products, long seed) {
		if (product.sellingPoints().isEmpty()) {
			return Optional.empty();
		}
		String key = "product:" + product.id() + ":卖点";
		// which of its points is asked stays the same for the key, whatever the quiz's
		// seed
		String right = product.sellingPoints().get(random(key, 0).nextInt(product.sellingPoints().size()));
		List<String> others = products.stream()
			.filter(other -> !other.id().equals(product.id()))
			.flatMap(other -> other.sellingPoints().stream())
			.filter(point -> !product.sellingPoints().contains(point))
			.toList();
		return question(key, "哪一条是「" + name(product) + "」的卖点？", right, others,
				new QuestionSource(QuestionSource.Topic.SELLING_POINT, product.id().value(), name(product), "卖点"),
				seed);
	}

	private static Optional<QuizQuestion> price(Product product, List<Product> products, long seed) {
		Sku cheapest = product.skus().stream().min(Comparator.comparing(Sku::price)).orElse(null);
		if (cheapest == null) {
			return Optional.empty();
		}
		// the prices nearest the right one: ¥59 against ¥899 would test nothing
		List<String> others = products.stream()
			.filter(other -> !other.id().equals(product.id()))
			.flatMap(other -> other.skus().stream())
			.map(Sku::price)
			.filter(price -> price.compareTo(cheapest.price()) != 0)
			.distinct()
			.sorted(Comparator.comparing(price -> price.subtract(cheapest.price()).abs()))
			.limit(NEAREST_PRICES)
			.map(CatalogueQuestions::yuan)
			.toList();
		return question("product:" + product.id() + ":价格", "「" + name(product) + "」" + cheapest.spec() + "的售价是？",
				yuan(cheapest.price()), others,
				new QuestionSource(QuestionSource.Topic.PRICE, product.id().value(), name(product), "价格"), seed);
	}

	private static Optional<QuizQuestion> promotion(Promotion promotion, List<Promotion> promotions, long seed) {
		List<String> others = promotions.stream()
			.filter(other -> other.id() != promotion.id())
			.map(Promotion::script)
			.toList();
		return question("promotion:" + promotion.id(), "「" + promotion.name() + "」活动期间，买家问优惠，该怎么说？", promotion.script(),
				others, new QuestionSource(QuestionSource.Topic.PROMOTION, null, null, "活动：" + promotion.name()), seed);
	}

	/**
	 * The default courier, and for each place the default does not reach, which courier
	 * to offer instead (the wrong options are couriers that do not reach it either).
	 */
	private static List<QuizQuestion> couriers(CourierSetting couriers, long seed) {
		List<QuizQuestion> questions = new ArrayList<>();
		question("courier:default", "本店默认发哪家快递？", couriers.defaultCourier(), couriers.alternatives(),
				new QuestionSource(QuestionSource.Topic.COURIER, null, null, "默认快递"), seed)
			.ifPresent(questions::add);
		Set<String> places = new TreeSet<>();
		couriers.notReached().values().forEach(places::addAll);
		for (String place : places) {
			if (couriers.reaches(couriers.defaultCourier(), place)) {
				continue;
			}
			String instead = couriers.alternatives()
				.stream()
				.filter(courier -> couriers.reaches(courier, place))
				.findFirst()
				.orElse(null);
			if (instead == null) {
				continue;
			}
			List<String> wrong = new ArrayList<>();
			wrong.add(couriers.defaultCourier());
			couriers.alternatives().stream().filter(courier -> !couriers.reaches(courier, place)).forEach(wrong::add);
			question("courier:place:" + place, "买家收货地在" + place + "，" + couriers.defaultCourier() + "不到，可以改发哪家快递？",
					instead, wrong, new QuestionSource(QuestionSource.Topic.COURIER, null, null, "快递不到的地方"), seed)
				.ifPresent(questions::add);
		}
		return questions;
	}

	private static Optional<QuizQuestion> policy(StorePolicy policy, List<StorePolicy> policies, long seed) {
		List<String> others = policies.stream()
			.filter(other -> !other.code().equals(policy.code()))
			.map(StorePolicy::body)
			.toList();
		return question("policy:" + policy.code(), "本店的「" + policy.title() + "」是怎么承诺的？", policy.body(), others,
				new QuestionSource(QuestionSource.Topic.POLICY, null, null, policy.title()), seed);
	}

	/**
	 * Which reply fits the buyer's words: the right option is one of the script's
	 * variants, the wrong ones other scripts' replies.
	 */
	private static Optional<QuizQuestion> script(Script script, List<Script> scripts, long seed) {
		if (script.title() == null || script.title().isBlank()) {
			return Optional.empty();
		}
		String key = "script:" + script.id();
		List<String> own = script.variants().stream().map(Script.Variant::text).toList();
		String right = own.get(random(key, 0).nextInt(own.size()));
		List<String> others = scripts.stream()
			.filter(other -> !other.id().equals(script.id()))
			.map(Script::text)
			.filter(text -> !own.contains(text))
			.toList();
		return question(key, "买家" + buyerWords(script) + "，哪句回复合适？", right, others,
				new QuestionSource(QuestionSource.Topic.SCRIPT, null, null, "话术：" + script.title()), seed);
	}

	/** 问「这款有货吗」, or 说「在吗」「在不在」 when the title names a topic, not a question. */
	private static String buyerWords(Script script) {
		String title = script.title();
		boolean question = title != null && (title.endsWith("吗") || title.endsWith("？") || title.endsWith("?")
				|| title.contains("什么") || title.contains("哪") || title.contains("几") || title.contains("多久"));
		if (question || script.keywords().isEmpty()) {
			return "问「" + title + "」";
		}
		return "说" + script.keywords().stream().limit(2).map(word -> "「" + word + "」").reduce("", String::concat) + "（"
				+ title + "）";
	}

	/**
	 * The question with up to {@code OPTIONS - 1} distinct wrong values from the others,
	 * or none when they give fewer than {@link #MIN_DISTRACTORS}.
	 */
	static Optional<QuizQuestion> question(String key, String text, String right, List<String> others,
			QuestionSource source, long seed) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(others.stream()
			.map(String::strip)
			.filter(value -> !value.isEmpty() && !value.equals(right.strip()))
			.toList()));
		if (distinct.size() < MIN_DISTRACTORS) {
			return Optional.empty();
		}
		Random random = random(key, seed);
		Collections.shuffle(distinct, random);
		List<String> options = new ArrayList<>(distinct.subList(0, Math.min(OPTIONS - 1, distinct.size())));
		int at = random.nextInt(options.size() + 1);
		options.add(at, right);
		return Optional.of(new QuizQuestion(key, text, options, at, source));
	}

	/** Shuffles a trainer's question's options by the seed. */
	public static QuizQuestion shuffled(QuizQuestion question, long seed) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < question.options().size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, random(question.key(), seed));
		List<String> options = order.stream().map(question.options()::get).toList();
		return new QuizQuestion(question.key(), question.text(), options, order.indexOf(question.right()),
				question.source());
	}

	private static Random random(String key, long seed) {
		return new Random(seed * 31 + key.hashCode());
	}

	private static String yuan(@Nullable BigDecimal price) {
		return price == null ? "" : "¥" + price.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}

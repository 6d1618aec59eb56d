package io.kefu.training;

import org.jspecify.annotations.Nullable;

/**
 * Where a quiz question's right answer comes from: the product (its id and the name
 * agents call it by) and the field, e.g. SP-C3 充电台灯 · 功率; the product is null for the
 * shop's couriers, policies, promotions, scripts and the trainer's own questions.
 */
public record QuestionSource(Topic topic, @Nullable Long productId, @Nullable String product, String field) {

	/** What part of the curriculum a question tests. */
	public enum Topic {

		/** A product parameter (参数): 材质, 尺寸, 功率, 色温 … */
		PARAMETER,
		/** A product's selling point (卖点). */
		SELLING_POINT,
		/** A product's price. */
		PRICE,
		/** A campaign's (活动) wording. */
		PROMOTION,
		/** The couriers and where they reach. */
		COURIER,
		/** A store policy such as 七天无理由退换. */
		POLICY,
		/** Which reply of the script library fits a buyer's question. */
		SCRIPT,
		/** A question the trainer wrote. */
		TRAINER

	}

}

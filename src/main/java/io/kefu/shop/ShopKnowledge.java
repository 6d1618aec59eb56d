package io.kefu.shop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Promotions, courier settings and store policies of a shop. Promotions given as a
 * {@link PromotionDraft} run from the start of their first business day to the start of
 * the day after their last, in the shop's time zone and day split.
 */
public interface ShopKnowledge {

	/** The shop's promotions, earliest first. */
	List<Promotion> promotions(ShopId shop);

	/** The promotions running at that moment, the latest started first. */
	default List<Promotion> runningAt(ShopId shop, Instant moment) {
		return promotions(shop).stream()
			.filter(promotion -> promotion.runsAt(moment))
			.sorted(java.util.Comparator.comparing(Promotion::startsAt).reversed())
			.toList();
	}

	/** The shop's promotion; another shop's is none. */
	Optional<Promotion> promotion(ShopId shop, long promotionId);

	Promotion addPromotion(ShopId shop, String name, Instant startsAt, Instant endsAt, String script);

	Promotion addPromotion(Shop shop, PromotionDraft draft);

	/**
	 * @throws UnknownKnowledgeException when the shop has no such promotion
	 */
	Promotion revisePromotion(Shop shop, long promotionId, PromotionDraft draft);

	/**
	 * @throws UnknownKnowledgeException when the shop has no such promotion
	 */
	void removePromotion(ShopId shop, long promotionId);

	Optional<CourierSetting> courierSetting(ShopId shop);

	void setCourierSetting(ShopId shop, CourierSetting setting);

	List<StorePolicy> policies(ShopId shop);

	void setPolicy(ShopId shop, StorePolicy policy);

	/** Replaces every policy of the shop with these, in this order. */
	void replacePolicies(ShopId shop, List<StorePolicy> policies);

}

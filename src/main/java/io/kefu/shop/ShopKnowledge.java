package io.kefu.shop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Promotions, courier settings and store policies of a shop. */
public interface ShopKnowledge {

	List<Promotion> promotions(ShopId shop);

	Promotion addPromotion(ShopId shop, String name, Instant startsAt, Instant endsAt, String script);

	Optional<CourierSetting> courierSetting(ShopId shop);

	void setCourierSetting(ShopId shop, CourierSetting setting);

	List<StorePolicy> policies(ShopId shop);

	void setPolicy(ShopId shop, StorePolicy policy);

}

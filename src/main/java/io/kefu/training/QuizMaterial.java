package io.kefu.training;

import java.util.List;

import io.kefu.scripts.Script;
import io.kefu.shop.CourierSetting;
import io.kefu.shop.Product;
import io.kefu.shop.Promotion;
import io.kefu.shop.StorePolicy;

import org.jspecify.annotations.Nullable;

/**
 * What a shop's agents must know, as it stands now: the catalogue, campaigns, couriers,
 * policies and scripts questions are built from.
 */
public record QuizMaterial(List<Product> products, List<Promotion> promotions, @Nullable CourierSetting couriers,
		List<StorePolicy> policies, List<Script> scripts) {

	public QuizMaterial {
		products = List.copyOf(products);
		promotions = List.copyOf(promotions);
		policies = List.copyOf(policies);
		scripts = List.copyOf(scripts);
	}

}

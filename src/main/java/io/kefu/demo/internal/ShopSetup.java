package io.kefu.demo.internal;

import java.time.LocalDate;
import java.util.List;

import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.Product;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Products;

import org.springframework.stereotype.Component;

/**
 * Stocks the demo shop with its catalogue, campaigns, couriers and policies, and gives
 * its agents the starter script library.
 */
@Component
class ShopSetup {

	private final Products products;

	private final ShopKnowledge knowledge;

	private final ScriptLibrary scripts;

	ShopSetup(Products products, ShopKnowledge knowledge, ScriptLibrary scripts) {
		this.products = products;
		this.knowledge = knowledge;
		this.scripts = scripts;
	}

	List<Product> stock(Shop shop, LocalDate lastDay) {
		List<Product> catalogue = LampCatalogue.drafts().stream().map(draft -> products.add(shop.id(), draft)).toList();
		for (DemoKnowledge.Campaign campaign : DemoKnowledge.campaigns(lastDay)) {
			knowledge.addPromotion(shop.id(), campaign.name(), shop.startOf(campaign.from()),
					shop.startOf(campaign.until()), campaign.script());
		}
		knowledge.setCourierSetting(shop.id(), DemoKnowledge.COURIERS);
		DemoKnowledge.POLICIES.forEach(policy -> knowledge.setPolicy(shop.id(), policy));
		StarterScripts.addTo(scripts, shop.id().value());
		return catalogue;
	}

}

package io.kefu.shop.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.shop.CourierSetting;
import io.kefu.shop.PromotionDraft;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Shops;
import io.kefu.shop.StorePolicy;
import io.kefu.shop.UnknownKnowledgeException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's knowledge people edit: promotions, couriers and cut-off, store policies.
 * Everyone of the shop reads; supervisors and the owner write.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}")
class KnowledgeApi {

	private final Shops shops;

	private final ShopKnowledge knowledge;

	private final Clock clock;

	KnowledgeApi(Shops shops, ShopKnowledge knowledge, Clock clock) {
		this.shops = shops;
		this.knowledge = knowledge;
		this.clock = clock;
	}

	/** The shop's promotions, earliest first. */
	@GetMapping("/promotions")
	List<PromotionView> promotions(@PathVariable long shopId, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		return knowledge.promotions(shop.id()).stream().map(p -> PromotionView.of(shop, p, clock.instant())).toList();
	}

	@PostMapping("/promotions")
	@ResponseStatus(HttpStatus.CREATED)
	PromotionView add(@PathVariable long shopId, @RequestBody PromotionRequest request, Caller caller) {
		KnowledgeRoles.requireEditor(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		return PromotionView.of(shop, knowledge.addPromotion(shop, request.toDraft()), clock.instant());
	}

	@PutMapping("/promotions/{promotionId}")
	PromotionView revise(@PathVariable long shopId, @PathVariable long promotionId,
			@RequestBody PromotionRequest request, Caller caller) {
		KnowledgeRoles.requireEditor(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		known(shop, promotionId);
		return PromotionView.of(shop, knowledge.revisePromotion(shop, promotionId, request.toDraft()), clock.instant());
	}

	@DeleteMapping("/promotions/{promotionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long shopId, @PathVariable long promotionId, Caller caller) {
		KnowledgeRoles.requireEditor(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		known(shop, promotionId);
		knowledge.removePromotion(shop.id(), promotionId);
	}

	/** The default courier, alternatives, places not reached and the shipping cut-off. */
	@GetMapping("/couriers")
	CourierRequest couriers(@PathVariable long shopId, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		return knowledge.courierSetting(shops.get(ShopId.of(shopId)).id())
			.map(CourierRequest::of)
			.orElseGet(() -> new CourierRequest(null, List.of(), null, Map.of()));
	}

	@PutMapping("/couriers")
	CourierRequest setCouriers(@PathVariable long shopId, @RequestBody CourierRequest request, Caller caller) {
		KnowledgeRoles.requireEditor(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		CourierSetting setting = request.toSetting();
		knowledge.setCourierSetting(shop, setting);
		return CourierRequest.of(setting);
	}

	@GetMapping("/policies")
	List<StorePolicy> policies(@PathVariable long shopId, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		return knowledge.policies(shops.get(ShopId.of(shopId)).id());
	}

	/** Replaces every policy with the list given, in its order. */
	@PutMapping("/policies")
	List<StorePolicy> setPolicies(@PathVariable long shopId, @RequestBody List<@Nullable PolicyRequest> request,
			Caller caller) {
		KnowledgeRoles.requireEditor(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		List<StorePolicy> policies = new ArrayList<>();
		for (int i = 0; i < request.size(); i++) {
			PolicyRequest policy = request.get(i);
			String field = "[" + i + "]";
			policies.add(policy == null ? StorePolicy.of(field, null, null, null)
					: StorePolicy.of(field, policy.code(), policy.title(), policy.body()));
		}
		knowledge.replacePolicies(shop, StorePolicy.checked(policies));
		return knowledge.policies(shop);
	}

	private void known(Shop shop, long promotionId) {
		if (knowledge.promotion(shop.id(), promotionId).isEmpty()) {
			throw new UnknownKnowledgeException("promotion", promotionId, shop.id());
		}
	}

	record PromotionRequest(@Nullable String name, @Nullable String startDate, @Nullable String endDate,
			@Nullable String rules, @Nullable String script, @Nullable String autoReply) {

		PromotionDraft toDraft() {
			return new PromotionDraft(name, KnowledgeInput.date("startDate", startDate),
					KnowledgeInput.date("endDate", endDate), rules, script, autoReply);
		}
	}

	record CourierRequest(@Nullable String defaultCourier, @Nullable List<String> alternatives,
			@Nullable String shippingCutoff, @Nullable Map<String, @Nullable List<String>> notReached) {

		static CourierRequest of(CourierSetting setting) {
			Map<String, List<String>> places = new java.util.LinkedHashMap<>();
			for (String courier : setting.couriers()) {
				Set<String> excluded = setting.notReached().get(courier);
				if (excluded != null) {
					places.put(courier, List.copyOf(excluded));
				}
			}
			return new CourierRequest(setting.defaultCourier(), setting.alternatives(),
					setting.shippingCutoff().toString(), places);
		}

		CourierSetting toSetting() {
			return CourierSetting.of(defaultCourier, alternatives, notReached,
					KnowledgeInput.time("shippingCutoff", shippingCutoff));
		}
	}

	record PolicyRequest(@Nullable String code, @Nullable String title, @Nullable String body) {
	}

}

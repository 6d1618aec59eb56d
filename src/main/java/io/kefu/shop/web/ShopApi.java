package io.kefu.shop.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.NewShop;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopOpened;
import io.kefu.shop.Shops;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shops")
class ShopApi {

	private final Shops shops;

	private final ApplicationEventPublisher events;

	ShopApi(Shops shops, ApplicationEventPublisher events) {
		this.shops = shops;
		this.events = events;
	}

	/** The shops the caller works in; every shop for an admin. */
	@GetMapping
	List<ShopView> shops(Caller caller) {
		List<Shop> visible = caller.isAdmin() ? shops.all() : shops.withIds(caller.shopIds());
		return visible.stream().map(ShopView::of).toList();
	}

	/** Opens a shop; the supervisor who opens it may work in it. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	ShopView open(@Valid @RequestBody NewShop shop, Caller caller) {
		Shop opened = shops.open(shop);
		events.publishEvent(new ShopOpened(opened.id(), caller.agentId()));
		return ShopView.of(opened);
	}

	record ShopView(long id, String name, String platform, String timeZone, String daySplit) {

		static ShopView of(Shop shop) {
			return new ShopView(shop.id().value(), shop.name(), shop.platform().name(), shop.timeZone().getId(),
					shop.daySplit().toString());
		}
	}

}

package io.kefu.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.kefu.access.Caller;
import io.kefu.access.Callers;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the layout needs on every page: the caller, their shops for the switcher, the shop
 * the page is about (the {@code shopId} of the path, else the caller's first shop) and
 * the path for marking the active nav item. REST controllers are {@code @Controller}s
 * too; they render no layout, so they are spared the shop query.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final Shops shops;

	LayoutModel(Shops shops) {
		this.shops = shops;
	}

	@ModelAttribute
	void addLayout(@PathVariable(name = "shopId", required = false) @Nullable Long shopId, HttpServletRequest request,
			Model model) {
		model.addAttribute("requestPath", request.getRequestURI());
		Optional<Caller> caller = Callers.find();
		if (caller.isEmpty() || !rendersAPage(request)) {
			return;
		}
		List<Shop> callerShops = shopsOf(caller.get());
		model.addAttribute("caller", caller.get());
		model.addAttribute("shops", callerShops);
		currentShop(callerShops, shopId).ifPresent(shop -> model.addAttribute("currentShop", shop));
	}

	private static boolean rendersAPage(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
			return !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
					&& !handler.hasMethodAnnotation(ResponseBody.class);
		}
		return true;
	}

	private List<Shop> shopsOf(Caller caller) {
		return caller.isAdmin() ? shops.all() : shops.withIds(caller.shopIds());
	}

	static Optional<Shop> currentShop(List<Shop> shops, @Nullable Long shopId) {
		if (shopId == null) {
			return shops.stream().findFirst();
		}
		return shops.stream().filter(shop -> shop.id().value() == shopId).findFirst();
	}

}

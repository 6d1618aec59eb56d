package io.kefu.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.kefu.access.Caller;
import io.kefu.demo.DemoAccounts;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.shop.UnknownShopException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page of a shop is the caller's to-do list: what waits for them, counted, each
 * line opening the page where it is worked, and today's figures beside the targets.
 */
@Controller
class HomePage {

	private final Shops shops;

	private final TodayFigures figures;

	private final DemoAccounts demo;

	private final ToDoList toDo;

	private final TodayAgainstTargets targets;

	HomePage(Shops shops, TodayFigures figures, DemoAccounts demo, ToDoList toDo, TodayAgainstTargets targets) {
		this.shops = shops;
		this.figures = figures;
		this.demo = demo;
		this.toDo = toDo;
		this.targets = targets;
	}

	/** While the demo accounts' password is public, the home page says so in a banner. */
	@ModelAttribute("demoPasswordPublic")
	boolean demoPasswordPublic() {
		return demo.passwordIsPublic();
	}

	/**
	 * The caller's first shop, chosen by {@link LayoutModel}; an account without shops
	 * sees an empty page.
	 */
	@GetMapping("/")
	String home(Caller caller, Model model) {
		if (model.getAttribute("currentShop") instanceof Shop shop) {
			addToday(caller, shop, model);
		}
		return "home";
	}

	@GetMapping("/shops/{shopId}")
	String shopHome(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		model.addAttribute("currentShop", shop);
		addToday(caller, shop, model);
		return "home";
	}

	private void addToday(Caller caller, Shop shop, Model model) {
		model.addAttribute("figures", figures.of(shop));
		model.addAttribute("toDo", toDo.of(caller, shop));
		model.addAttribute("targets", targets.of(caller, shop));
	}

	/**
	 * An error response rather than a view, so that the 404 page is rendered with the
	 * layout's model.
	 */
	@ExceptionHandler(UnknownShopException.class)
	void unknownShop(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

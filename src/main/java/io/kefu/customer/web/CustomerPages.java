package io.kefu.customer.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.BuyerId;
import io.kefu.customer.CallEtiquette;
import io.kefu.customer.CallOutcome;
import io.kefu.customer.CallWindows;
import io.kefu.customer.CustomerChange;
import io.kefu.customer.CustomerGroup;
import io.kefu.customer.CustomerPage;
import io.kefu.customer.CustomerProfile;
import io.kefu.customer.CustomerQuery;
import io.kefu.customer.Customers;
import io.kefu.customer.GroupRule;
import io.kefu.customer.InvalidCustomerInputException;
import io.kefu.customer.NewActivity;
import io.kefu.customer.NewCall;
import io.kefu.customer.UnknownCustomerException;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.kefu.shop.UnknownShopException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CRM's pages: the customer list (search, tags, groups, putting many into a group at
 * once, the groups and their rules) and a customer's profile (facts, tags, groups, notes,
 * the timeline, recording a contact or a call with seed 003's etiquette).
 */
@Controller
class CustomerPages {

	/** Where the bulk form may send the reader back to: a path of this application. */
	private static final java.util.regex.Pattern SAFE_BACK = java.util.regex.Pattern
		.compile("/shops/[0-9]+/[A-Za-z0-9/?=&%._-]*");

	private final Customers customers;

	private final Shops shops;

	private final java.time.Clock clock;

	private final MessageSource messages;

	CustomerPages(Customers customers, Shops shops, java.time.Clock clock, MessageSource messages) {
		this.customers = customers;
		this.shops = shops;
		this.clock = clock;
		this.messages = messages;
	}

	/** A contact on the timeline, worded in the reader's language. */
	record TimelineLine(Activity activity, String text) {
	}

	@GetMapping("/shops/{shopId}/customers")
	String list(@PathVariable long shopId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String group, @RequestParam(defaultValue = "1") int page,
			Caller caller, Model model) {
		caller.requireShop(shopId);
		ShopId shop = CustomerApi.shop(shopId);
		CustomerQuery query;
		try {
			query = new CustomerQuery(q, tag, group, page);
		}
		catch (InvalidCustomerInputException ex) {
			query = new CustomerQuery(q, tag, group, 1);
		}
		CustomerPage found = customers.page(caller, shop, query);
		model.addAttribute("query", query);
		model.addAttribute("found", found);
		model.addAttribute("groups", customers.groups(caller, shop));
		model.addAttribute("supervises", caller.supervises());
		long pages = (found.total() + CustomerQuery.PAGE_SIZE - 1) / CustomerQuery.PAGE_SIZE;
		model.addAttribute("pages", pages);
		return "customer/customers";
	}

	@PostMapping("/shops/{shopId}/customers/group")
	String addToGroup(@PathVariable long shopId, @RequestParam long groupId,
			@RequestParam(required = false) @Nullable List<Long> buyerIds, @RequestParam(defaultValue = "") String back,
			Caller caller, RedirectAttributes redirect) {
		caller.requireShop(shopId);
		try {
			if (buyerIds == null || buyerIds.isEmpty()) {
				throw new InvalidCustomerInputException("buyerIds", "names at least one buyer");
			}
			int added = customers.addToGroup(caller, CustomerApi.shop(shopId), groupId, buyerIds);
			redirect.addFlashAttribute("done", added);
		}
		catch (InvalidCustomerInputException ex) {
			redirect.addFlashAttribute("problemField", ex.field());
		}
		return "redirect:" + (SAFE_BACK.matcher(back).matches() && back.startsWith("/shops/" + shopId + "/") ? back
				: "/shops/" + shopId + "/customers");
	}

	@PostMapping("/shops/{shopId}/customer-groups")
	String openGroup(@PathVariable long shopId, @RequestParam String name,
			@RequestParam(required = false) @Nullable BigDecimal minSpend,
			@RequestParam(required = false) @Nullable Integer minOrders,
			@RequestParam(defaultValue = "false") boolean lowRating, Caller caller, RedirectAttributes redirect) {
		caller.requireShop(shopId);
		try {
			CustomerGroup group = customers.openGroup(caller, CustomerApi.shop(shopId),
					new GroupRule(name, minSpend, minOrders, lowRating));
			redirect.addFlashAttribute("opened", group.name());
		}
		catch (InvalidCustomerInputException ex) {
			redirect.addFlashAttribute("problemField", ex.field());
		}
		return "redirect:/shops/" + shopId + "/customers";
	}

	@PostMapping("/shops/{shopId}/customer-groups/apply")
	String applyRules(@PathVariable long shopId, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		redirect.addFlashAttribute("done", customers.applyRules(CustomerApi.shop(shopId)));
		return "redirect:/shops/" + shopId + "/customers";
	}

	@GetMapping("/shops/{shopId}/customers/{id}")
	String profile(@PathVariable long shopId, @PathVariable long id, Caller caller, Model model) {
		caller.requireShop(shopId);
		ShopId shop = CustomerApi.shop(shopId);
		BuyerId buyer = CustomerApi.buyer(id);
		CustomerProfile profile;
		try {
			profile = customers.profile(caller, shop, buyer);
		}
		catch (UnknownCustomerException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		Shop theShop = shops.get(shop);
		ZonedDateTime now = clock.instant().atZone(theShop.timeZone());
		model.addAttribute("profile", profile);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("timeline",
				profile.activities()
					.stream()
					.map(activity -> new TimelineLine(activity,
							messages.getMessage("activity." + activity.code(), worded(activity.args(), locale),
									activity.code(), locale)))
					.toList());
		model.addAttribute("groups", customers.groups(caller, shop));
		model.addAttribute("phone", customers.phoneToCall(caller, shop, buyer));
		model.addAttribute("supervises", caller.supervises());
		model.addAttribute("advice", CallWindows.at(now));
		model.addAttribute("now", now.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("kinds", Arrays.stream(ActivityKind.values()).filter(ActivityKind::recordedByHand).toList());
		model.addAttribute("outcomes", CallOutcome.values());
		model.addAttribute("etiquette", CallEtiquette.values());
		return "customer/profile";
	}

	@PostMapping("/shops/{shopId}/customers/{id}")
	String change(@PathVariable long shopId, @PathVariable long id, @RequestParam(defaultValue = "") String tags,
			@RequestParam(required = false) @Nullable List<String> groups,
			@RequestParam(defaultValue = "") String notes, Caller caller, RedirectAttributes redirect) {
		caller.requireShop(shopId);
		List<String> tagList = Arrays.stream(tags.split("[,，\\s]+")).filter(t -> !t.isBlank()).toList();
		return act(shopId, id, redirect, () -> customers.change(caller, CustomerApi.shop(shopId), CustomerApi.buyer(id),
				new CustomerChange(tagList, groups == null ? List.of() : groups, notes)));
	}

	@PostMapping("/shops/{shopId}/customers/{id}/activities")
	String record(@PathVariable long shopId, @PathVariable long id, @RequestParam ActivityKind kind,
			@RequestParam String happenedAt, @RequestParam String summary, Caller caller, RedirectAttributes redirect) {
		caller.requireShop(shopId);
		return act(shopId, id, redirect, () -> customers.record(caller, CustomerApi.shop(shopId), CustomerApi.buyer(id),
				new NewActivity(kind, at(shopId, happenedAt, "happenedAt"), summary)));
	}

	@PostMapping("/shops/{shopId}/customers/{id}/calls")
	String call(@PathVariable long shopId, @PathVariable long id, @RequestParam String direction,
			@RequestParam String startedAt, @RequestParam(defaultValue = "0") int minutes,
			@RequestParam(defaultValue = "0") int seconds, @RequestParam CallOutcome outcome,
			@RequestParam(defaultValue = "") String notes,
			@RequestParam(required = false) @Nullable List<CallEtiquette> etiquette, Caller caller,
			RedirectAttributes redirect) {
		caller.requireShop(shopId);
		if (!Set.of("IN", "OUT").contains(direction) || minutes < 0 || minutes > 1440 || seconds < 0 || seconds > 59) {
			redirect.addFlashAttribute("problemField",
					!Set.of("IN", "OUT").contains(direction) ? "direction" : "durationSeconds");
			return "redirect:/shops/" + shopId + "/customers/" + id;
		}
		Set<CallEtiquette> ticked = etiquette == null || etiquette.isEmpty() ? Set.of() : EnumSet.copyOf(etiquette);
		return act(shopId, id, redirect,
				() -> customers.recordCall(caller, CustomerApi.shop(shopId), CustomerApi.buyer(id),
						new NewCall("OUT".equals(direction), at(shopId, startedAt, "startedAt"), minutes * 60 + seconds,
								outcome, notes, ticked)));
	}

	/**
	 * An activity's arguments as the reader reads them: a status or a kind named by code
	 * (REFUNDED, REACHED, PAYMENT_REMINDER …) in words, the rest as they are.
	 */
	private Object[] worded(List<String> args, Locale locale) {
		return args.stream().map(arg -> messages.getMessage("activity.arg." + arg, null, arg, locale)).toArray();
	}

	@PostMapping("/shops/{shopId}/customers/{id}/erase")
	String erase(@PathVariable long shopId, @PathVariable long id, Caller caller, RedirectAttributes redirect) {
		caller.requireShop(shopId);
		try {
			customers.erase(caller, CustomerApi.shop(shopId), CustomerApi.buyer(id));
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problemField", "openConversation");
		}
		catch (UnknownCustomerException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "redirect:/shops/" + shopId + "/customers/" + id;
	}

	/**
	 * An error response rather than a view, so that the 404 page is rendered with the
	 * layout's model (a shop or a customer that does not exist).
	 */
	@ExceptionHandler({ UnknownShopException.class, UnknownCustomerException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String act(long shopId, long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidCustomerInputException ex) {
			redirect.addFlashAttribute("problemField", ex.field());
		}
		catch (UnknownCustomerException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "redirect:/shops/" + shopId + "/customers/" + id;
	}

	private Instant at(long shopId, String local, String field) {
		try {
			return LocalDateTime.parse(local).atZone(shops.get(ShopId.of(shopId)).timeZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidCustomerInputException(field, "is a date and time such as 2026-12-07T15:30");
		}
	}

}

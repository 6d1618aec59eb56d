package io.kefu.customer.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Call;
import io.kefu.customer.CallEtiquette;
import io.kefu.customer.CallOutcome;
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
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CRM (客户): customers with their tags, groups and notes, activity records and phone
 * calls, and the shop's customer groups. docs/customers.md.
 */
@RestController
class CustomerApi {

	private final Customers customers;

	CustomerApi(Customers customers) {
		this.customers = customers;
	}

	@GetMapping("/api/v1/shops/{shopId}/customers")
	CustomerPage page(@PathVariable long shopId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String group, @RequestParam(defaultValue = "1") int page,
			Caller caller) {
		return customers.page(caller, shop(shopId), new CustomerQuery(q, tag, group, page));
	}

	@GetMapping("/api/v1/shops/{shopId}/customers/{id}")
	CustomerProfile profile(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		return customers.profile(caller, shop(shopId), buyer(id));
	}

	/**
	 * Sets the whole list of tags, of groups (by name) and the notes; a field left out
	 * stays.
	 */
	@PutMapping("/api/v1/shops/{shopId}/customers/{id}")
	CustomerProfile change(@PathVariable long shopId, @PathVariable long id, @RequestBody CustomerChange change,
			Caller caller) {
		return customers.change(caller, shop(shopId), buyer(id), change);
	}

	/** {@code kind}: MARKETING, VISIT, GIFT or OTHER. */
	@PostMapping("/api/v1/shops/{shopId}/customers/{id}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	Activity record(@PathVariable long shopId, @PathVariable long id, @RequestBody ActivityRequest request,
			Caller caller) {
		return customers.record(caller, shop(shopId), buyer(id),
				new NewActivity(request.kind(), request.happenedAt(), request.summary()));
	}

	/**
	 * {@code direction}: OUT (the shop called) or IN; {@code outcome}: REACHED,
	 * NO_ANSWER, BUSY, WRONG_NUMBER or CALL_BACK; {@code etiquette}: the steps ticked
	 * (INTRODUCED, FIVE_W, CONFIRMED, BUYER_HUNG_UP_FIRST).
	 */
	@PostMapping("/api/v1/shops/{shopId}/customers/{id}/calls")
	@ResponseStatus(HttpStatus.CREATED)
	Call call(@PathVariable long shopId, @PathVariable long id, @RequestBody CallRequest request, Caller caller) {
		if (request.direction() == null || !Set.of("IN", "OUT").contains(request.direction())) {
			throw new InvalidCustomerInputException("direction", "is IN or OUT");
		}
		return customers.recordCall(caller, shop(shopId), buyer(id),
				new NewCall("OUT".equals(request.direction()), request.startedAt(),
						request.durationSeconds() == null ? -1 : request.durationSeconds(), request.outcome(),
						request.notes(), request.etiquette()));
	}

	/**
	 * Erases the buyer's personal data on request (supervisors): 204; 409 while the buyer
	 * is in an open conversation.
	 */
	@DeleteMapping("/api/v1/shops/{shopId}/customers/{id}/personal-data")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void erase(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		customers.erase(caller, shop(shopId), buyer(id));
	}

	@GetMapping("/api/v1/shops/{shopId}/customer-groups")
	List<CustomerGroup> groups(@PathVariable long shopId, Caller caller) {
		return customers.groups(caller, shop(shopId));
	}

	/** Opens a group (supervisors), filled at once by its rule when it has one. */
	@PostMapping("/api/v1/shops/{shopId}/customer-groups")
	@ResponseStatus(HttpStatus.CREATED)
	CustomerGroup open(@PathVariable long shopId, @RequestBody GroupRequest request, Caller caller) {
		return customers.openGroup(caller, shop(shopId), new GroupRule(request.name(), request.minSpend(),
				request.minOrders(), Boolean.TRUE.equals(request.lowRating())));
	}

	@PostMapping("/api/v1/shops/{shopId}/customer-groups/{groupId}/members")
	Map<String, Integer> add(@PathVariable long shopId, @PathVariable long groupId, @RequestBody MembersRequest request,
			Caller caller) {
		if (request.buyerIds() == null || request.buyerIds().isEmpty()) {
			throw new InvalidCustomerInputException("buyerIds", "names at least one buyer");
		}
		return Map.of("added", customers.addToGroup(caller, shop(shopId), groupId, request.buyerIds()));
	}

	/** Fills every ruled group by its rule again (supervisors). */
	@PostMapping("/api/v1/shops/{shopId}/customer-groups/apply")
	Map<String, Integer> apply(@PathVariable long shopId, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return Map.of("added", customers.applyRules(shop(shopId)));
	}

	record ActivityRequest(@Nullable ActivityKind kind, @Nullable Instant happenedAt, @Nullable String summary) {
	}

	record CallRequest(@Nullable String direction, @Nullable Instant startedAt, @Nullable Integer durationSeconds,
			@Nullable CallOutcome outcome, @Nullable String notes, @Nullable Set<CallEtiquette> etiquette) {
	}

	record GroupRequest(@Nullable String name, @Nullable BigDecimal minSpend, @Nullable Integer minOrders,
			@Nullable Boolean lowRating) {
	}

	record MembersRequest(@Nullable List<Long> buyerIds) {
	}

	static ShopId shop(long shopId) {
		if (shopId <= 0) {
			throw new AccessDeniedException("You do not work in shop " + shopId);
		}
		return ShopId.of(shopId);
	}

	static BuyerId buyer(long id) {
		if (id <= 0) {
			throw new UnknownCustomerException(id);
		}
		return BuyerId.of(id);
	}

}

package io.kefu.workforce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.Swap;
import io.kefu.workforce.Swaps;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Swaps (换班) over HTTP: an agent proposes one for themselves (a supervisor for anyone),
 * the colleague accepts or declines, a supervisor approves or refuses; supervisors read
 * every swap of a month, agents the ones they are part of.
 */
@RestController
class SwapApi {

	private final Swaps swaps;

	private final Shops shops;

	private final Staff staff;

	SwapApi(Swaps swaps, Shops shops, Staff staff) {
		this.swaps = swaps;
		this.shops = shops;
		this.staff = staff;
	}

	@PostMapping("/api/v1/shops/{shopId}/swaps")
	@ResponseStatus(HttpStatus.CREATED)
	SwapView propose(@PathVariable long shopId, @RequestBody SwapBody body, Caller caller) {
		ShopId shop = shop(shopId, caller);
		Swaps.NewSwap proposal = body.proposal();
		if (!caller.supervises() && !proposal.from().equals(caller.username())) {
			throw new AccessDeniedException("from: an agent proposes swaps for themselves only");
		}
		return view(swaps.propose(shop, proposal, AgentId.of(caller.agentId())));
	}

	@GetMapping("/api/v1/shops/{shopId}/swaps")
	List<SwapView> list(@PathVariable long shopId, @RequestParam String month, Caller caller) {
		ShopId shop = shop(shopId, caller);
		List<Swap> found = RosterRoles.readsDraft(caller, shopId) ? swaps.inMonth(shop, RosterApi.monthOf(month))
				: swaps.inMonth(shop, RosterApi.monthOf(month), AgentId.of(caller.agentId()));
		return views(found);
	}

	@PostMapping("/api/v1/shops/{shopId}/swaps/{id}/accept")
	SwapView accept(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		return view(swaps.accept(shop(shopId, caller), id, AgentId.of(caller.agentId())));
	}

	@PostMapping("/api/v1/shops/{shopId}/swaps/{id}/decline")
	SwapView decline(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		return view(swaps.decline(shop(shopId, caller), id, AgentId.of(caller.agentId())));
	}

	@PostMapping("/api/v1/shops/{shopId}/swaps/{id}/withdraw")
	SwapView withdraw(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		return view(swaps.withdraw(shop(shopId, caller), id, AgentId.of(caller.agentId())));
	}

	@PostMapping("/api/v1/shops/{shopId}/swaps/{id}/approve")
	SwapView approve(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return view(swaps.approve(shop(shopId, caller), id, AgentId.of(caller.agentId())));
	}

	@PostMapping("/api/v1/shops/{shopId}/swaps/{id}/refuse")
	SwapView refuse(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return view(swaps.refuse(shop(shopId, caller), id, AgentId.of(caller.agentId())));
	}

	private ShopId shop(long shopId, Caller caller) {
		caller.requireShop(shopId);
		return shops.get(ShopId.of(shopId)).id();
	}

	private SwapView view(Swap swap) {
		return views(List.of(swap)).get(0);
	}

	private List<SwapView> views(List<Swap> found) {
		Map<AgentId, String> names = found.isEmpty() ? Map.of() : RosterNames.of(staff, found.get(0).shop());
		return found.stream().map((swap) -> SwapView.of(swap, names)).toList();
	}

	/** A proposal as posted: {@code date}, {@code from}, {@code to}, {@code note}. */
	record SwapBody(@Nullable LocalDate date, @Nullable String from, @Nullable String to, @Nullable String note) {

		Swaps.NewSwap proposal() {
			if (date == null) {
				throw new IllegalArgumentException("date: required (yyyy-MM-dd)");
			}
			if (from == null || from.isBlank()) {
				throw new IllegalArgumentException("from: required (the proposer's username)");
			}
			if (to == null || to.isBlank()) {
				throw new IllegalArgumentException("to: required (the colleague's username)");
			}
			return new Swaps.NewSwap(date, from.strip(), to.strip(), note == null ? "" : note.strip());
		}

	}

	/** A swap as the API and the page read it; a null shift is a day off. */
	record SwapView(long id, LocalDate date, String from, String to, Swap.@Nullable SwapShift fromShift,
			Swap.@Nullable SwapShift toShift, boolean cover, Swap.Status status, String note, Instant proposedAt,
			@Nullable Instant acceptedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
			@Nullable String refusedRule) {

		static SwapView of(Swap swap, Map<AgentId, String> names) {
			AgentId decidedBy = swap.decidedBy();
			return new SwapView(swap.id(), swap.day(), RosterNames.name(names, swap.from()),
					RosterNames.name(names, swap.to()), swap.fromShift(), swap.toShift(), swap.cover(), swap.status(),
					swap.note(), swap.proposedAt(), swap.acceptedAt(), swap.decidedAt(),
					decidedBy == null ? null : RosterNames.name(names, decidedBy), swap.refusedRule());
		}

	}

}

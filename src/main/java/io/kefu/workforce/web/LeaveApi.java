package io.kefu.workforce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.Leave;
import io.kefu.workforce.LeaveBook;
import io.kefu.workforce.UnknownRosterItemException;

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
 * Leave (请假) over HTTP: an agent asks for their own (a supervisor may file it for
 * anyone), a supervisor approves or refuses it, the agent may withdraw it; supervisors
 * read everyone's, agents their own.
 */
@RestController
class LeaveApi {

	private final LeaveBook leave;

	private final Shops shops;

	private final Staff staff;

	LeaveApi(LeaveBook leave, Shops shops, Staff staff) {
		this.leave = leave;
		this.shops = shops;
		this.staff = staff;
	}

	@PostMapping("/api/v1/shops/{shopId}/leave")
	@ResponseStatus(HttpStatus.CREATED)
	LeaveView request(@PathVariable long shopId, @RequestBody LeaveBody body, Caller caller) {
		ShopId shop = shop(shopId, caller);
		body.check();
		Map<AgentId, String> names = RosterNames.of(staff, shop);
		AgentId agent = AgentId.of(caller.agentId());
		String named = body.agent() == null ? "" : body.agent().strip();
		if (!named.isEmpty() && !named.equals(caller.username())) {
			if (!caller.supervises()) {
				throw new AccessDeniedException("agent: an agent asks for their own leave only");
			}
			agent = names.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(named))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(
						() -> new UnknownRosterItemException("agent: no agent '" + named + "' on this shop's roster"));
		}
		return LeaveView.of(leave.request(shop, agent, body.firstDay(), body.lastDay(), body.reason()), names,
				List.of());
	}

	@GetMapping("/api/v1/shops/{shopId}/leave")
	List<LeaveView> list(@PathVariable long shopId, @RequestParam String month, Caller caller) {
		ShopId shop = shop(shopId, caller);
		YearMonth yearMonth = RosterApi.monthOf(month);
		List<Leave> found = RosterRoles.readsDraft(caller, shopId) ? leave.inMonth(shop, yearMonth)
				: leave.inMonth(shop, yearMonth, AgentId.of(caller.agentId()));
		Map<AgentId, String> names = RosterNames.of(staff, shop);
		return found.stream().map((one) -> LeaveView.of(one, names, List.of())).toList();
	}

	@PostMapping("/api/v1/shops/{shopId}/leave/{id}/approve")
	LeaveView approve(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shop(shopId, caller);
		LeaveBook.Approved approved = leave.approve(shop, id, AgentId.of(caller.agentId()));
		return LeaveView.of(approved.leave(), RosterNames.of(staff, shop), approved.repairing());
	}

	@PostMapping("/api/v1/shops/{shopId}/leave/{id}/refuse")
	LeaveView refuse(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shop(shopId, caller);
		return LeaveView.of(leave.refuse(shop, id, AgentId.of(caller.agentId())), RosterNames.of(staff, shop),
				List.of());
	}

	@PostMapping("/api/v1/shops/{shopId}/leave/{id}/withdraw")
	LeaveView withdraw(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		ShopId shop = shop(shopId, caller);
		return LeaveView.of(leave.withdraw(shop, id, AgentId.of(caller.agentId())), RosterNames.of(staff, shop),
				List.of());
	}

	private ShopId shop(long shopId, Caller caller) {
		caller.requireShop(shopId);
		return shops.get(ShopId.of(shopId)).id();
	}

	/** Leave as posted; {@code agent} left out is the caller. */
	record LeaveBody(@Nullable String agent, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
			@Nullable String reason) {

		void check() {
			if (firstDay == null) {
				throw new IllegalArgumentException("firstDay: required (yyyy-MM-dd)");
			}
			if (lastDay == null) {
				throw new IllegalArgumentException("lastDay: required (yyyy-MM-dd)");
			}
			if (reason == null || reason.isBlank()) {
				throw new IllegalArgumentException("reason: required (why the agent is away)");
			}
		}

	}

	/**
	 * Leave as the API and the page read it.
	 *
	 * @param repairing the months whose draft is re-solved around the leave just approved
	 */
	record LeaveView(long id, String agent, LocalDate firstDay, LocalDate lastDay, long days, String reason,
			Leave.Status status, Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
			List<String> repairing) {

		static LeaveView of(Leave leave, Map<AgentId, String> names, List<YearMonth> repairing) {
			AgentId decidedBy = leave.decidedBy();
			return new LeaveView(leave.id(), RosterNames.name(names, leave.agent()), leave.firstDay(), leave.lastDay(),
					leave.lastDay().toEpochDay() - leave.firstDay().toEpochDay() + 1, leave.reason(), leave.status(),
					leave.requestedAt(), leave.decidedAt(),
					decidedBy == null ? null : RosterNames.name(names, decidedBy),
					repairing.stream().map(YearMonth::toString).toList());
		}

	}

}

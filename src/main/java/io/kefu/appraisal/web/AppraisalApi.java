package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.appraisal.AgentInputs;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.MonthInputs;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The month's appraisal over HTTP: a supervisor reads every agent's and gives the inputs;
 * an agent reads their own row only.
 */
@RestController
class AppraisalApi {

	private final Appraisals appraisals;

	private final Shops shops;

	private final Staff staff;

	AppraisalApi(Appraisals appraisals, Shops shops, Staff staff) {
		this.appraisals = appraisals;
		this.shops = shops;
		this.staff = staff;
	}

	@GetMapping("/api/v1/shops/{shopId}/appraisals/{month}")
	AppraisalView month(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		ShopId shop = readable(shopId, caller);
		MonthAppraisal appraisal = appraisals.appraise(shop, monthOf(month));
		AppraisalView view = AppraisalView.of(appraisal, AppraisalView.agentsById(staff.inShop(shop)),
				AppraisalRoles.readsTheTeam(caller) ? appraisals.events(shop, appraisal.month()) : List.of());
		if (AppraisalRoles.readsTheTeam(caller)) {
			return view;
		}
		return new AppraisalView(view.month(), view.status(), view.stale(), List.of(),
				view.agents().stream().filter(row -> row.agentId() == caller.agentId()).toList());
	}

	@PutMapping("/api/v1/shops/{shopId}/appraisals/{month}/inputs")
	InputsView changeInputs(@PathVariable long shopId, @PathVariable String month, @Valid @RequestBody InputsBody body,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth yearMonth = monthOf(month);
		List<Agent> team = staff.inShop(shop);
		MonthInputs changed = appraisals.changeInputs(shop, yearMonth,
				body.over(appraisals.inputs(shop, yearMonth), team));
		return InputsView.of(yearMonth, changed, AppraisalView.agentsById(team));
	}

	@GetMapping("/api/v1/shops/{shopId}/appraisals/{month}/inputs")
	InputsView inputs(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		YearMonth yearMonth = monthOf(month);
		return InputsView.of(yearMonth, appraisals.inputs(shop, yearMonth),
				AppraisalView.agentsById(staff.inShop(shop)));
	}

	/**
	 * Supervisors and the shop's agents; trainers and order clerks have no appraisal
	 * here.
	 */
	private ShopId readable(long shopId, Caller caller) {
		AppraisalRoles.requireReader(caller, shopId);
		return shops.get(ShopId.of(shopId)).id();
	}

	static YearMonth monthOf(String month) {
		try {
			YearMonth parsed = YearMonth.parse(month);
			if (parsed.getYear() < 2000 || parsed.getYear() > 2999) {
				throw new IllegalArgumentException("month: a month of the years 2000–2999, not " + month);
			}
			return parsed;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("month: a month as yyyy-MM, not '" + month + "'");
		}
	}

	/** The month's inputs, per agent by username. */
	record InputsView(String month, BigDecimal commissionRate, BigDecimal bonusAmount, List<AgentInputsView> agents) {

		static InputsView of(YearMonth month, MonthInputs inputs, Map<AgentId, Agent> agents) {
			return new InputsView(month.toString(), inputs.commissionRate(), inputs.bonusAmount(),
					inputs.agents()
						.entrySet()
						.stream()
						.filter(entry -> agents.containsKey(entry.getKey()))
						.map(entry -> new AgentInputsView(agents.get(entry.getKey()).username(), entry.getValue()))
						.sorted(Comparator.comparing(view -> String.valueOf(view.agent())))
						.toList());
		}

	}

	record AgentInputsView(@Nullable String agent, AgentInputs inputs) {
	}

}

package io.kefu.appraisal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.CheatingRecord;
import io.kefu.appraisal.MonthEvent;
import io.kefu.appraisal.MonthStatus;
import io.kefu.appraisal.SheetEntry;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reward/penalty sheet (奖罚评分表), cheating records and the month's approval: the
 * supervisor writes the sheet and submits the month; the shop owner (店长; an administrator
 * may act as one) approves it or reopens it with a reason.
 */
@RestController
class AppraisalSheetApi {

	private final Appraisals appraisals;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	AppraisalSheetApi(Appraisals appraisals, Shops shops, Staff staff, Clock clock) {
		this.appraisals = appraisals;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
	}

	/** The sheet: a supervisor's or owner's whole, an agent's their own lines. */
	@GetMapping("/api/v1/shops/{shopId}/appraisals/{month}/sheet")
	List<SheetLine> sheet(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		AppraisalRoles.requireReader(caller, shopId);
		ShopId shop = shopOf(shopId);
		Map<AgentId, Agent> agents = AppraisalView.agentsById(staff.inShop(shop));
		return appraisals.sheet(shop, AppraisalApi.monthOf(month))
			.stream()
			.filter(entry -> AppraisalRoles.readsTheTeam(caller) || entry.agent().value() == caller.agentId())
			.map(entry -> SheetLine.of(entry, agents))
			.toList();
	}

	@PostMapping("/api/v1/shops/{shopId}/appraisals/{month}/sheet")
	ResponseEntity<SheetLine> addEntry(@PathVariable long shopId, @PathVariable String month,
			@Valid @RequestBody EntryBody body, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shopOf(shopId);
		YearMonth yearMonth = AppraisalApi.monthOf(month);
		SheetEntry entry = new SheetEntry(0, agentOf(shop, body.agent()).id(), body.day(),
				body.amount() == null ? BigDecimal.ZERO : body.amount(),
				body.kpiPoints() == null ? BigDecimal.ZERO : body.kpiPoints(), body.reason().strip(),
				AgentId.of(caller.agentId()), clock.instant());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(SheetLine.of(appraisals.addSheetEntry(shop, yearMonth, entry),
					AppraisalView.agentsById(staff.inShop(shop))));
	}

	@DeleteMapping("/api/v1/shops/{shopId}/appraisals/{month}/sheet/{id}")
	ResponseEntity<Void> removeEntry(@PathVariable long shopId, @PathVariable String month, @PathVariable long id,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		boolean removed = appraisals.removeSheetEntry(shopOf(shopId), AppraisalApi.monthOf(month), id);
		return removed ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@GetMapping("/api/v1/shops/{shopId}/appraisals/{month}/cheating")
	List<CheatingLine> cheating(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		requireSupervisorOrOwner(shopId, caller);
		ShopId shop = shopOf(shopId);
		Map<AgentId, Agent> agents = AppraisalView.agentsById(staff.inShop(shop));
		return appraisals.cheating(shop, AppraisalApi.monthOf(month))
			.stream()
			.map(record -> CheatingLine.of(record, agents))
			.toList();
	}

	@PostMapping("/api/v1/shops/{shopId}/appraisals/{month}/cheating")
	ResponseEntity<CheatingLine> recordCheating(@PathVariable long shopId, @PathVariable String month,
			@Valid @RequestBody CheatingBody body, Caller caller) {
		caller.requireSupervisorOf(shopId);
		ShopId shop = shopOf(shopId);
		YearMonth yearMonth = AppraisalApi.monthOf(month);
		CheatingRecord record = new CheatingRecord(0, agentOf(shop, body.agent()).id(), body.day(), body.note().strip(),
				AgentId.of(caller.agentId()), clock.instant());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(CheatingLine.of(appraisals.recordCheating(shop, yearMonth, record),
					AppraisalView.agentsById(staff.inShop(shop))));
	}

	/**
	 * The supervisor submits the month (the day before pay day); it is locked from then.
	 */
	@PostMapping("/api/v1/shops/{shopId}/appraisals/{month}/submit")
	StatusView submit(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return advance(shopId, month, MonthEvent.Action.SUBMITTED, null, caller);
	}

	@PostMapping("/api/v1/shops/{shopId}/appraisals/{month}/approve")
	StatusView approve(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		AppraisalRoles.requireOwner(caller, shopId);
		return advance(shopId, month, MonthEvent.Action.APPROVED, null, caller);
	}

	@PostMapping("/api/v1/shops/{shopId}/appraisals/{month}/reopen")
	StatusView reopen(@PathVariable long shopId, @PathVariable String month, @Valid @RequestBody ReopenBody body,
			Caller caller) {
		AppraisalRoles.requireOwner(caller, shopId);
		return advance(shopId, month, MonthEvent.Action.REOPENED, body.reason().strip(), caller);
	}

	private StatusView advance(long shopId, String month, MonthEvent.Action action, @Nullable String reason,
			Caller caller) {
		ShopId shop = shopOf(shopId);
		YearMonth yearMonth = AppraisalApi.monthOf(month);
		MonthStatus status = appraisals.advance(shop, yearMonth,
				new MonthEvent(action, AgentId.of(caller.agentId()), clock.instant(), reason));
		return new StatusView(yearMonth.toString(), status, appraisals.events(shop, yearMonth));
	}

	private static void requireSupervisorOrOwner(long shopId, Caller caller) {
		caller.requireShop(shopId);
		if (!AppraisalRoles.readsTheTeam(caller)) {
			throw new AccessDeniedException("Only supervisors and owners of shop " + shopId + " read this");
		}
	}

	private ShopId shopOf(long shopId) {
		return shops.get(ShopId.of(shopId)).id();
	}

	private Agent agentOf(ShopId shop, String username) {
		return staff.inShop(shop)
			.stream()
			.filter(agent -> username.equals(agent.username()) && agent.skillGroup() != null)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"agent: shop " + shop + " has no agent with a skill group named '" + username + "'"));
	}

	record EntryBody(@NotBlank @Size(max = 64) String agent, @NotNull LocalDate day,
			@DecimalMin("-100000") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Nullable BigDecimal amount,
			@DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal kpiPoints,
			@NotBlank @Size(max = 200) String reason) {

	}

	record CheatingBody(@NotBlank @Size(max = 64) String agent, @NotNull LocalDate day,
			@NotBlank @Size(max = 500) String note) {
	}

	/** A sheet line with its agent named as the requests name them, by username. */
	record SheetLine(long id, long agentId, @Nullable String agent, String name, LocalDate day, BigDecimal amount,
			BigDecimal kpiPoints, String reason, @Nullable String enteredBy, Instant enteredAt) {

		static SheetLine of(SheetEntry entry, Map<AgentId, Agent> agents) {
			Agent agent = agents.get(entry.agent());
			Agent by = entry.enteredBy() == null ? null : agents.get(entry.enteredBy());
			return new SheetLine(entry.id(), entry.agent().value(), agent == null ? null : agent.username(),
					agent == null ? "" : agent.displayName(), entry.day(), entry.amount(), entry.kpiPoints(),
					entry.reason(), by == null ? null : by.username(), entry.enteredAt());
		}

	}

	record CheatingLine(long id, long agentId, @Nullable String agent, String name, LocalDate day, String note,
			@Nullable String enteredBy, Instant enteredAt) {

		static CheatingLine of(CheatingRecord record, Map<AgentId, Agent> agents) {
			Agent agent = agents.get(record.agent());
			Agent by = record.enteredBy() == null ? null : agents.get(record.enteredBy());
			return new CheatingLine(record.id(), record.agent().value(), agent == null ? null : agent.username(),
					agent == null ? "" : agent.displayName(), record.day(), record.note(),
					by == null ? null : by.username(), record.enteredAt());
		}

	}

	record ReopenBody(@NotBlank @Size(max = 500) String reason) {
	}

	record StatusView(String month, MonthStatus status, List<MonthEvent> events) {
	}

}

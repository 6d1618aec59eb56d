package io.kefu.analytics.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.analytics.FigureRecompute;
import io.kefu.analytics.FigureReport;
import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.Figures;
import io.kefu.analytics.InvalidRangeException;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.TeamFigures;
import io.kefu.order.Flag;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The service figures of a shop and their settings. */
@RestController
class FigureApi {

	private final Figures figures;

	private final FigureRecompute recompute;

	FigureApi(Figures figures, FigureRecompute recompute) {
		this.figures = figures;
		this.recompute = recompute;
	}

	/**
	 * Each agent's figures over business days {@code from} to {@code to} inclusive; an
	 * agent sees only their own row and not the shop's totals.
	 */
	@GetMapping("/api/v1/shops/{shopId}/figures")
	FigureReport figures(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable JudgeRule judgeRule, Caller caller) {
		caller.requireShop(shopId);
		TeamFigures team = figures.team(ShopId.of(shopId), from, to, judgeRule);
		return caller.supervises() ? FigureReport.of(team) : FigureReport.ofAgent(team, AgentId.of(caller.agentId()));
	}

	/**
	 * Queues the recompute of business days {@code from} to {@code to}, or of the shop's
	 * whole history without them, and starts it at once; the figures say {@code stale}
	 * until it is done.
	 */
	@PostMapping("/api/v1/shops/{shopId}/figures/recompute")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RecomputeView recompute(@PathVariable long shopId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		if ((from == null) != (to == null)) {
			throw new InvalidRangeException("A range to recompute has both from and to, or neither");
		}
		recompute.request(ShopId.of(shopId), from, to);
		return new RecomputeView(shopId, from, to, true);
	}

	/** A recompute queued: of the days from and to, or of the whole history when null. */
	record RecomputeView(long shopId, @Nullable LocalDate from, @Nullable LocalDate to, boolean queued) {
	}

	@GetMapping("/api/v1/shops/{shopId}/settings/figures")
	SettingsView settings(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		return SettingsView.of(figures.settings(ShopId.of(shopId)));
	}

	@PutMapping("/api/v1/shops/{shopId}/settings/figures")
	SettingsView changeSettings(@PathVariable long shopId, @Valid @RequestBody SettingsView settings, Caller caller) {
		caller.requireSupervisorOf(shopId);
		figures.changeSettings(ShopId.of(shopId), settings.toSettings());
		return SettingsView.of(figures.settings(ShopId.of(shopId)));
	}

	/**
	 * The settings as the API reads and writes them; times are shop time, {@code HH:mm}.
	 */
	record SettingsView(@NotNull JudgeRule judgeRule, int validityDays, int afterSalesDays, int graceMinutes,
			@NotNull LocalTime serviceStart, @NotNull LocalTime serviceEnd, int slowThresholdSeconds,
			boolean filterOwnAccounts, @NotNull Set<String> ownAccounts, boolean filterEmptyChats,
			@NotNull Set<Flag> excludedFlags, @Nullable Double weeklyInquiryConversionTarget,
			@Nullable Double avgResponseSecondsTarget, @Nullable BigDecimal monthlySalesTargetPerAgent) {

		static SettingsView of(FigureSettings s) {
			FigureTargets t = s.targets();
			return new SettingsView(s.judgeRule(), s.validityDays(), s.afterSalesDays(), (int) s.grace().toMinutes(),
					s.serviceStart(), s.serviceEnd(), (int) s.slowThreshold().toSeconds(), s.filterOwnAccounts(),
					s.ownAccounts(), s.filterEmptyChats(), s.excludedFlags(), t.weeklyInquiryConversion(),
					t.averageResponseSeconds(), t.monthlySalesPerAgent());
		}

		FigureSettings toSettings() {
			return new FigureSettings(judgeRule, validityDays, afterSalesDays, Duration.ofMinutes(graceMinutes),
					serviceStart, serviceEnd, Duration.ofSeconds(slowThresholdSeconds), filterOwnAccounts, ownAccounts,
					filterEmptyChats, excludedFlags, new FigureTargets(weeklyInquiryConversionTarget,
							avgResponseSecondsTarget, monthlySalesTargetPerAgent));
		}

	}

}

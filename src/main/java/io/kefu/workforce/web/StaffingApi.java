package io.kefu.workforce.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.workforce.PromotionDay;
import io.kefu.workforce.StaffingNeeds;
import io.kefu.workforce.StaffingSettings;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staffing need over HTTP: a day's agents per half hour for supervisors and the
 * owner; the settings it is counted with, changed by supervisors.
 */
@RestController
class StaffingApi {

	private final StaffingNeeds needs;

	private final StaffingSettings.Store settings;

	private final Shops shops;

	StaffingApi(StaffingNeeds needs, StaffingSettings.Store settings, Shops shops) {
		this.needs = needs;
		this.settings = settings;
		this.shops = shops;
	}

	@GetMapping("/api/v1/shops/{shopId}/staffing")
	StaffingView staffing(@PathVariable long shopId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Caller caller) {
		StaffingRoles.requireReader(caller, shopId);
		return StaffingView.of(needs.of(shops.get(ShopId.of(shopId)).id(), day));
	}

	@GetMapping("/api/v1/shops/{shopId}/settings/staffing")
	SettingsBody settings(@PathVariable long shopId, Caller caller) {
		StaffingRoles.requireReader(caller, shopId);
		return SettingsBody.of(settings.of(shops.get(ShopId.of(shopId)).id()));
	}

	@PutMapping("/api/v1/shops/{shopId}/settings/staffing")
	SettingsBody saveSettings(@PathVariable long shopId, @Valid @RequestBody SettingsBody body, Caller caller) {
		StaffingRoles.requireEditor(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		return SettingsBody.of(settings.save(shop, body.settings(), AgentId.of(caller.agentId())));
	}

	/**
	 * The settings as the API reads and writes them; a field left out keeps its default.
	 */
	record SettingsBody(@Nullable Integer weeks, StaffingView.@Nullable Target target, @Nullable Double shrinkage,
			@Nullable List<@Valid @NotNull Promotion> promotions) {

		static SettingsBody of(StaffingSettings settings) {
			return new SettingsBody(settings.weeks(),
					new StaffingView.Target(settings.target().percent(), settings.target().seconds()),
					settings.shrinkage(),
					settings.promotions().stream().map(day -> new Promotion(day.date(), day.factor())).toList());
		}

		StaffingSettings settings() {
			StaffingSettings defaults = StaffingSettings.DEFAULTS;
			StaffingSettings.ServiceTarget serviceTarget = target == null ? defaults.target()
					: new StaffingSettings.ServiceTarget(target.percent(), target.seconds());
			List<PromotionDay> days = promotions == null ? List.of() : promotions.stream().map(Promotion::day).toList();
			return new StaffingSettings(weeks == null ? defaults.weeks() : weeks, serviceTarget,
					shrinkage == null ? defaults.shrinkage() : shrinkage, days);
		}

	}

	/** A promotion day and its uplift factor. */
	record Promotion(@Nullable LocalDate date, @Nullable Double factor) {

		PromotionDay day() {
			if (date == null) {
				throw new IllegalArgumentException("promotions.date: required");
			}
			if (factor == null) {
				throw new IllegalArgumentException("promotions.factor: required");
			}
			return new PromotionDay(date, factor);
		}

	}

}

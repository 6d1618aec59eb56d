package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.List;

import io.kefu.analytics.FigureRebuild;
import io.kefu.analytics.FigureSettings;
import io.kefu.background.QueuedDays;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class DirectRecompute implements FigureRebuild {

	private static final int DAYS_AT_A_TIME = 7;

	private final Shops shops;

	private final FigureSettingsStore settings;

	private final FactRecompute recompute;

	private final DaySumsRefresh daySums;

	private final PendingDays pending;

	private final JdbcClient jdbc;

	DirectRecompute(Shops shops, FigureSettingsStore settings, FactRecompute recompute, DaySumsRefresh daySums,
			PendingDays pending, JdbcClient jdbc) {
		this.shops = shops;
		this.settings = settings;
		this.recompute = recompute;
		this.daySums = daySums;
		this.pending = pending;
		this.jdbc = jdbc;
	}

	@Override
	public void forget(ShopId shopId) {
		for (String facts : List.of("reception_fact", "unreceived_fact", "credited_order", "figure_day",
				"figure_shop_day")) {
			jdbc.sql("delete from " + facts + " where shop_id = ?").param(shopId.value()).update();
		}
	}

	@Override
	public void recompute(ShopId shopId, LocalDate first, LocalDate last) {
		Shop shop = shops.get(shopId);
		FigureSettings shopSettings = settings.of(shopId.value());
		FactRecompute.DaySpan touched = null;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(DAYS_AT_A_TIME)) {
			LocalDate end = day.plusDays(DAYS_AT_A_TIME - 1).isAfter(last) ? last : day.plusDays(DAYS_AT_A_TIME - 1);
			FactRecompute.DaySpan span = recompute.recompute(shop, shopSettings, day, end);
			touched = touched == null ? span : touched.including(span);
		}
		if (touched != null) {
			daySums.refresh(shop, shopSettings, touched.first(), touched.last());
		}
		// what storing the history queued is done now; reads must not redo it
		pending
			.done(pending.all().stream().filter(days -> days.shopId() == shopId.value()).map(QueuedDays::id).toList());
	}

}

package io.kefu.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kefu.analytics.Receptions;
import io.kefu.analytics.StoredReception;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.workforce.StaffingNeed;
import io.kefu.workforce.StaffingNeeds;
import io.kefu.workforce.StaffingSettings;

import org.springframework.stereotype.Component;

/**
 * The need of a day from the receptions analytics stored for the same weekday of the
 * shop's last {@code weeks} weeks.
 */
@Component
class HistoryStaffing implements StaffingNeeds {

	private final Receptions receptions;

	private final Shops shops;

	private final StaffingSettings.Store settings;

	HistoryStaffing(Receptions receptions, Shops shops, StaffingSettings.Store settings) {
		this.receptions = receptions;
		this.shops = shops;
		this.settings = settings;
	}

	@Override
	public StaffingNeed of(ShopId shopId, LocalDate day) {
		Shop shop = shops.get(shopId);
		StaffingSettings current = settings.of(shop.id());
		List<List<StoredReception>> history = new ArrayList<>();
		for (int week = 1; week <= current.weeks(); week++) {
			LocalDate past = day.minusWeeks(week);
			history.add(receptions.between(shop.id(), past, past));
		}
		return NeedCount.of(day, current, HalfHourHistory.of(history, shop.timeZone(), current.upliftOn(day)));
	}

}

package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.InvalidRangeException;
import io.kefu.analytics.JudgeRule;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every read of a range of figures starts from: the shop, its settings under the
 * judge rule asked for, its agents' accounts, and whether its facts are fresh. Reading
 * never recomputes nor waits: a range is stale while its shop was never computed or a
 * queued change can touch its days.
 */
@Component
class FigureRanges {

	private static final int LONGEST_RANGE_DAYS = 366;

	private static final int FIRST_YEAR = 1970;

	private static final int LAST_YEAR = 2099;

	private final Shops shops;

	private final Staff staff;

	private final FigureSettingsStore settings;

	private final PendingDays pending;

	FigureRanges(Shops shops, Staff staff, FigureSettingsStore settings, PendingDays pending) {
		this.shops = shops;
		this.staff = staff;
		this.settings = settings;
		this.pending = pending;
	}

	Range of(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		requireRange(from, to);
		Shop shop = shops.get(new ShopId(shopId));
		FigureSettings shopSettings = settings.of(shopId);
		FigureSettings ruled = judgeRule == null ? shopSettings : shopSettings.withJudgeRule(judgeRule);
		return new Range(shop, ruled, from, to, fresh(shopId, to.plusDays(ruled.validityDays() - 1)), accounts(shop));
	}

	/**
	 * Whether the facts of days up to {@code lastRelevant} are computed and no queued
	 * change can touch them.
	 */
	private boolean fresh(long shopId, LocalDate lastRelevant) {
		return pending.historyQueued(shopId) && !pending.anyTouching(shopId, lastRelevant);
	}

	private LongFunction<String> accounts(Shop shop) {
		Map<Long, String> accounts = new HashMap<>();
		for (Agent agent : staff.inShop(shop.id())) {
			accounts.put(agent.id().value(),
					shop.agentAccount(agent.nickname() != null ? agent.nickname() : agent.displayName()));
		}
		return id -> accounts.getOrDefault(id, shop.name() + ":#" + id);
	}

	/**
	 * A range runs forwards, is at most a year and a day long and lies in the years the
	 * figures can be of (1970–2099: a day past them cannot be turned into instants).
	 */
	static void requireRange(LocalDate from, LocalDate to) {
		if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
			throw new InvalidRangeException(
					"A range lies from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + from + " to " + to);
		}
		if (to.isBefore(from)) {
			throw new InvalidRangeException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		if (from.plusDays(LONGEST_RANGE_DAYS).isBefore(to)) {
			throw new InvalidRangeException("A range is at most " + LONGEST_RANGE_DAYS + " days long");
		}
	}

	/**
	 * @param settings the shop's settings under the judge rule asked for
	 * @param accounts each agent's account name in the shop
	 */
	record Range(Shop shop, FigureSettings settings, LocalDate from, LocalDate to, boolean fresh,
			LongFunction<String> accounts) {

		long shopId() {
			return shop.id().value();
		}

	}

}

package io.kefu.workforce;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * A shop's settings for the staffing need.
 *
 * @param weeks how many past same weekdays the forecast averages (1–26)
 * @param target the service target the agents are counted for
 * @param shrinkage the share of paid time agents are not receiving (breaks, training,
 * meetings), 0 to 0.9; the agents Erlang C counts are divided by 1 − shrinkage
 * @param promotions the promotion days with their uplift, one per date
 */
public record StaffingSettings(int weeks, ServiceTarget target, double shrinkage, List<PromotionDay> promotions) {

	/**
	 * The defaults: four weeks, 80 % within 30 s, 15 % shrinkage, no promotion.
	 */
	public static final StaffingSettings DEFAULTS = new StaffingSettings(4, ServiceTarget.DEFAULT, 0.15, List.of());

	public static final int MAX_WEEKS = 26;

	public static final double MAX_SHRINKAGE = 0.9;

	public StaffingSettings {
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw new IllegalArgumentException("weeks: from 1 to " + MAX_WEEKS + ", not " + weeks);
		}
		if (target == null) {
			throw new IllegalArgumentException("target: required");
		}
		if (!(shrinkage >= 0 && shrinkage <= MAX_SHRINKAGE)) {
			throw new IllegalArgumentException("shrinkage: from 0 to " + MAX_SHRINKAGE + ", not " + shrinkage);
		}
		promotions = promotions.stream().sorted(java.util.Comparator.comparing(PromotionDay::date)).toList();
		Set<LocalDate> dates = new HashSet<>();
		for (PromotionDay promotion : promotions) {
			if (!dates.add(promotion.date())) {
				throw new IllegalArgumentException("promotions: " + promotion.date() + " is listed twice");
			}
		}
	}

	/** The uplift of a day: its promotion's factor, 1 on an ordinary day. */
	public double upliftOn(LocalDate day) {
		return promotions.stream()
			.filter(promotion -> promotion.date().equals(day))
			.mapToDouble(PromotionDay::factor)
			.findFirst()
			.orElse(1);
	}

	/**
	 * A service target: {@code percent} of buyers answered within {@code seconds}.
	 *
	 * @param percent from 1 to 99 (100 % would need infinitely many agents)
	 * @param seconds from 1 to 3600
	 */
	public record ServiceTarget(int percent, int seconds) {

		public static final ServiceTarget DEFAULT = new ServiceTarget(80, 30);

		public ServiceTarget {
			if (percent < 1 || percent > 99) {
				throw new IllegalArgumentException("target.percent: from 1 to 99, not " + percent);
			}
			if (seconds < 1 || seconds > 3600) {
				throw new IllegalArgumentException("target.seconds: from 1 to 3600, not " + seconds);
			}
		}

		public double share() {
			return percent / 100.0;
		}

	}

	/** Each shop's settings; a shop that never changed them has the defaults. */
	public interface Store {

		StaffingSettings of(ShopId shop);

		StaffingSettings save(ShopId shop, StaffingSettings settings, AgentId by);

	}

}

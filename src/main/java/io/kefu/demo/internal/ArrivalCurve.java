package io.kefu.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * When buyers write to a Chinese marketplace shop: a morning rise from nine, a steady
 * afternoon, the evening peak from 20:00 to 22:00 and few at night. Weekends bring more
 * buyers.
 */
final class ArrivalCurve {

	private static final double[] HOURLY = { 3, 1.5, 0.7, 0.4, 0.3, 0.4, 0.8, 1.5, 3, 5.5, 7, 6.5, 5, 5.5, 6.5, 6.5, 6,
			5.5, 5.5, 7, 10, 10.5, 8, 5 };

	private static final double[] CUMULATIVE = new double[HOURLY.length];

	static {
		double sum = 0;
		for (int hour = 0; hour < HOURLY.length; hour++) {
			sum += HOURLY[hour];
			CUMULATIVE[hour] = sum;
		}
	}

	private ArrivalCurve() {
	}

	/** A second of the business day at which a buyer arrives. */
	static int secondOfDay(RandomGenerator random) {
		double point = random.nextDouble(CUMULATIVE[CUMULATIVE.length - 1]);
		int hour = 0;
		while (CUMULATIVE[hour] <= point) {
			hour++;
		}
		return hour * 3600 + random.nextInt(3600);
	}

	/**
	 * A second between {@code fromHour} and {@code toHour} on the curve, for buyers who
	 * only come in daytime.
	 */
	static int secondBetween(RandomGenerator random, int fromHour, int toHour) {
		int second;
		do {
			second = secondOfDay(random);
		}
		while (second < fromHour * 3600 || second >= toHour * 3600);
		return second;
	}

	/**
	 * How busy a day is compared with an ordinary weekday: weekends, campaigns, and the
	 * campaign's own day.
	 */
	static double dayFactor(LocalDate day, DemoKnowledge.@Nullable Campaign campaign) {
		double weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.2 : 1.0;
		double campaignFactor = campaign == null ? 1.0 : campaign.endsOn(day) ? 2.5 : 1.15;
		return weekend * campaignFactor;
	}

}

package io.kefu.analytics;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import io.kefu.order.Flag;

/**
 * A shop's settings for its figures (DOMAIN.md gives each default).
 *
 * @param judgeRule how orders are credited to agents
 * @param validityDays 询单有效时长: the reception's business day and the next
 * {@code validityDays - 1}
 * @param afterSalesDays a buyer who ordered within these days before writing is in-sale
 * or after-sale, not an inquiry
 * @param grace how long after its business day a question run may still be answered
 * @param serviceStart the service window of the three-minute rate, from (inclusive)
 * @param serviceEnd to (exclusive), shop time
 * @param slowThreshold answers slower than this are slow responses
 * @param filterOwnAccounts leave out the shop's own accounts as buyers
 * @param ownAccounts buyer nicks that are the shop's own accounts, besides the shop's
 * name
 * @param filterEmptyChats leave out receptions whose buyer messages are all cards
 * @param excludedFlags orders with one of these flags are credited to nobody
 * @param targets what is expected of each agent
 */
public record FigureSettings(JudgeRule judgeRule, int validityDays, int afterSalesDays, Duration grace,
		LocalTime serviceStart, LocalTime serviceEnd, Duration slowThreshold, boolean filterOwnAccounts,
		Set<String> ownAccounts, boolean filterEmptyChats, Set<Flag> excludedFlags, FigureTargets targets) {

	public static final FigureSettings DEFAULTS = new FigureSettings(JudgeRule.ORDER_FIRST, 2, 3,
			Duration.ofMinutes(30), LocalTime.of(8, 0), LocalTime.of(23, 0), Duration.ofSeconds(100), true, Set.of(),
			true, Set.of(), FigureTargets.NONE);

	public FigureSettings {
		ownAccounts = Set.copyOf(ownAccounts);
		excludedFlags = Set.copyOf(excludedFlags);
		if (validityDays < 1 || validityDays > 15) {
			throw new IllegalArgumentException("validityDays is 1 to 15, not " + validityDays);
		}
		if (afterSalesDays < 0 || afterSalesDays > 30) {
			throw new IllegalArgumentException("afterSalesDays is 0 to 30, not " + afterSalesDays);
		}
		if (grace.isNegative() || grace.compareTo(Duration.ofHours(6)) > 0) {
			throw new IllegalArgumentException("The grace is 0 to 6 hours, not " + grace);
		}
		if (!serviceStart.isBefore(serviceEnd)) {
			throw new IllegalArgumentException("The service window starts before it ends");
		}
		if (slowThreshold.isNegative() || slowThreshold.isZero()) {
			throw new IllegalArgumentException("The slow threshold is positive, not " + slowThreshold);
		}
	}

	public FigureSettings withTargets(FigureTargets newTargets) {
		return new FigureSettings(judgeRule, validityDays, afterSalesDays, grace, serviceStart, serviceEnd,
				slowThreshold, filterOwnAccounts, ownAccounts, filterEmptyChats, excludedFlags, newTargets);
	}

	public FigureSettings withJudgeRule(JudgeRule rule) {
		return new FigureSettings(rule, validityDays, afterSalesDays, grace, serviceStart, serviceEnd, slowThreshold,
				filterOwnAccounts, ownAccounts, filterEmptyChats, excludedFlags, targets);
	}

}

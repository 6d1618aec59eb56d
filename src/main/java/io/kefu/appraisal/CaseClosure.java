package io.kefu.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * An after-sales agent's cases of the month and how many were closed in time: the 结案率
 * behind the case closure component (docs/appraisal.md "After-sales agents").
 */
public record CaseClosure(long cases, long closedInTime) {

	public static final CaseClosure NONE = new CaseClosure(0, 0);

	public CaseClosure {
		if (cases < 0 || closedInTime < 0 || closedInTime > cases) {
			throw new IllegalArgumentException(
					"Cases closed in time are some of the cases: " + closedInTime + " of " + cases);
		}
	}

	/** 结案率 (0–1); null without cases. */
	public @Nullable BigDecimal rate() {
		if (cases == 0) {
			return null;
		}
		return BigDecimal.valueOf(closedInTime)
			.divide(BigDecimal.valueOf(cases), MonthAppraiser.SCALE, RoundingMode.HALF_UP);
	}

}

package io.kefu.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kefu.analytics.FigureTrend;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.TeamFigures;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The team's figures of a range and their trend, added up from the stored day sums of its
 * days.
 */
@Component
class Dashboards {

	private final FigureRanges ranges;

	private final DaySumsStore stored;

	private final DaySumsRefresh daySums;

	private final Clock clock;

	Dashboards(FigureRanges ranges, DaySumsStore stored, DaySumsRefresh daySums, Clock clock) {
		this.ranges = ranges;
		this.stored = stored;
		this.daySums = daySums;
		this.clock = clock;
	}

	Figures.Dashboard dashboard(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		Summed summed = summed(ranges.of(shopId, from, to, judgeRule));
		return new Figures.Dashboard(team(summed), trend(summed));
	}

	TeamFigures team(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		return team(summed(ranges.of(shopId, from, to, judgeRule)));
	}

	private TeamFigures team(Summed summed) {
		FigureRanges.Range range = summed.range();
		FigureSheet.Sheet sheet = new FigureSheet(range.shop(), range.settings(), range.from(), range.to())
			.sum(summed.days(), range.accounts());
		return new TeamFigures(range.from(), range.to(), range.settings().judgeRule(), sheet.agents(), sheet.team(),
				sheet.shop(), provisionalFrom(range), !range.fresh());
	}

	private static FigureTrend trend(Summed summed) {
		FigureRanges.Range range = summed.range();
		List<FigureTrend.Day> days = new ArrayList<>();
		for (FigureSheet.DaySums day : summed.days()) {
			FigureSheet.Sheet sheet = new FigureSheet(range.shop(), range.settings(), day.day(), day.day())
				.sum(List.of(day), range.accounts());
			days.add(new FigureTrend.Day(day.day(), sheet.team(), sheet.shop()));
		}
		long[] hours = FigureSheet.receptionsByHour(summed.days());
		return new FigureTrend(days, Arrays.stream(hours).boxed().toList());
	}

	/**
	 * The stored day sums of the range, and those of its days without stored sums added
	 * up from the facts as a recompute would store them.
	 */
	private Summed summed(FigureRanges.Range range) {
		Map<LocalDate, FigureSheet.DaySums> days = new TreeMap<>();
		List<LocalDate> missing = stored.missing(range.shopId(), range.from(), range.to());
		if (!missing.isEmpty()) {
			for (FigureSheet.DaySums day : daySums.sums(range.shop(), range.settings(), missing.get(0),
					missing.get(missing.size() - 1))) {
				days.put(day.day(), day);
			}
		}
		for (FigureSheet.DaySums day : stored.read(range.shopId(), range.settings().judgeRule(), range.from(),
				range.to())) {
			days.put(day.day(), day);
		}
		return new Summed(range, List.copyOf(days.values()));
	}

	private record Summed(FigureRanges.Range range, List<FigureSheet.DaySums> days) {
	}

	private @Nullable LocalDate provisionalFrom(FigureRanges.Range range) {
		LocalDate firstProvisional = range.shop()
			.businessDay(clock.instant())
			.minusDays(range.settings().validityDays() - 1);
		if (range.to().isBefore(firstProvisional)) {
			return null;
		}
		return range.from().isAfter(firstProvisional) ? range.from() : firstProvisional;
	}

}

package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.kefu.analytics.AgentFigures;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * One agent's figure sums over some business days (or the whole team's): the counts and
 * totals that each figure is a ratio or an average of. A day's sums are stored; a range's
 * are the sum of its days'.
 */
final class FigureSums {

	long receptions;

	long replied;

	double firstResponseSum;

	long firstResponses;

	double responseSum;

	long answeredRuns;

	long windowRuns;

	long windowFastRuns;

	long slowRuns;

	long humanMessages;

	/**
	 * Grace messages that the same agent's reception of the same buyer on the next day
	 * counts again: left out of a range's sums unless the day is the range's last.
	 */
	long graceRepeated;

	long inMessages;

	long inquiries;

	long ordered;

	long paidInquiries;

	BigDecimal sales = BigDecimal.ZERO;

	/**
	 * Distinct buyers who paid an order credited to the agent, counted a day at a time.
	 */
	long salesBuyers;

	BigDecimal refunds = BigDecimal.ZERO;

	void addReception(ReceptionSummary reception, boolean repeatedNextDay) {
		receptions++;
		if (reception.replied()) {
			replied++;
		}
		if (reception.firstResponseSeconds() != null) {
			firstResponseSum += reception.firstResponseSeconds();
			firstResponses++;
		}
		responseSum += reception.responseSeconds();
		answeredRuns += reception.answeredRuns();
		slowRuns += reception.slowRuns();
		windowRuns += reception.windowRuns();
		windowFastRuns += reception.windowRunsWithinThreeMinutes();
		humanMessages += reception.humanMessages();
		if (repeatedNextDay) {
			graceRepeated += reception.graceMessages();
		}
		inMessages += reception.inMessages();
	}

	void addInquiry(List<CreditedOrder> converting) {
		inquiries++;
		if (!converting.isEmpty()) {
			ordered++;
		}
		if (converting.stream().anyMatch(CreditedOrder::isPaid)) {
			paidInquiries++;
		}
	}

	void addSale(BigDecimal amount) {
		sales = sales.add(amount);
	}

	void addRefund(BigDecimal amount) {
		refunds = refunds.add(amount);
	}

	/**
	 * Adds another day's sums.
	 * @param lastDay whether that day ends the range, so that nothing after it counts its
	 * grace messages again
	 */
	void add(FigureSums day, boolean lastDay) {
		receptions += day.receptions;
		replied += day.replied;
		firstResponseSum += day.firstResponseSum;
		firstResponses += day.firstResponses;
		responseSum += day.responseSum;
		answeredRuns += day.answeredRuns;
		windowRuns += day.windowRuns;
		windowFastRuns += day.windowFastRuns;
		slowRuns += day.slowRuns;
		humanMessages += lastDay ? day.humanMessages : day.humanMessages - day.graceRepeated;
		inMessages += day.inMessages;
		inquiries += day.inquiries;
		ordered += day.ordered;
		paidInquiries += day.paidInquiries;
		sales = sales.add(day.sales);
		salesBuyers += day.salesBuyers;
		refunds = refunds.add(day.refunds);
	}

	AgentFigures figures(@Nullable AgentId agent, String account) {
		return new AgentFigures(agent, account, receptions, replied, receptions - replied,
				FigureSheet.ratio(replied, receptions), firstResponses == 0 ? null : firstResponseSum / firstResponses,
				answeredRuns == 0 ? null : responseSum / answeredRuns, answeredRuns,
				FigureSheet.ratio(windowFastRuns, windowRuns), slowRuns, FigureSheet.ratio(humanMessages, inMessages),
				inquiries, ordered, paidInquiries, FigureSheet.ratio(paidInquiries, inquiries),
				FigureSheet.money(sales), salesBuyers,
				salesBuyers == 0 ? null : sales.divide(BigDecimal.valueOf(salesBuyers), 2, RoundingMode.HALF_UP),
				FigureSheet.money(refunds), FigureSheet.money(sales.subtract(refunds)));
	}

}

package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.ReceptionFilter;
import io.kefu.analytics.ReceptionLine;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The receptions behind a number of a range's figures, of one agent or of all. */
@Component
class ReceptionLines {

	private final FigureRanges ranges;

	private final FactStore facts;

	private final DaySumsRefresh daySums;

	private final Buyers buyers;

	ReceptionLines(FigureRanges ranges, FactStore facts, DaySumsRefresh daySums, Buyers buyers) {
		this.ranges = ranges;
		this.facts = facts;
		this.daySums = daySums;
		this.buyers = buyers;
	}

	List<ReceptionLine> receptions(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable Long agentId, ReceptionFilter filter) {
		RangeFacts inputs = RangeFacts.of(ranges.of(shopId, from, to, judgeRule), facts, daySums);
		FigureSheet sheet = new FigureSheet(inputs.range().shop(), inputs.range().settings(), from, to);
		List<ReceptionSummary> chosen = inputs.summaries()
			.stream()
			.filter(reception -> agentId == null || reception.agent() == agentId)
			.sorted(Comparator.comparing(ReceptionSummary::day).thenComparing(ReceptionSummary::firstInAt))
			.toList();
		Map<Long, String> nicks = buyers.nicks(ShopId.of(shopId),
				chosen.stream().map(ReceptionSummary::buyerId).distinct().toList());
		List<ReceptionLine> lines = new ArrayList<>();
		for (ReceptionSummary reception : chosen) {
			ReceptionLine line = line(inputs, sheet, reception, nicks);
			if (matches(line, filter)) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static boolean matches(ReceptionLine line, ReceptionFilter filter) {
		return switch (filter) {
			case ALL -> true;
			case REPLIED -> line.replied();
			case UNREPLIED -> !line.replied();
			case INQUIRY -> line.inquiry();
			case ORDERED -> line.ordered();
			case PAID -> line.paid();
		};
	}

	static ReceptionLine line(RangeFacts inputs, FigureSheet sheet, ReceptionSummary reception,
			Map<Long, String> nicks) {
		List<CreditedOrder> ofAgent = inputs.creditedTo(reception.buyerId(), reception.agent());
		List<CreditedOrder> converting = sheet.converting(reception.inquiry(), reception.day(), reception.firstInAt(),
				ofAgent);
		List<String> credited = ofAgent.stream()
			.filter(order -> reception.day().equals(order.receptionDay()))
			.map(CreditedOrder::orderNo)
			.toList();
		Double average = reception.answeredRuns() == 0 ? null : reception.responseSeconds() / reception.answeredRuns();
		return new ReceptionLine(AgentId.of(reception.agent()), inputs.range().accounts().apply(reception.agent()),
				BuyerId.of(reception.buyerId()), nicks.getOrDefault(reception.buyerId(), "#" + reception.buyerId()),
				reception.day(), reception.firstInAt(), reception.runs(), reception.answeredRuns(),
				reception.inMessages(), reception.humanMessages(), reception.firstResponseSeconds(), average,
				reception.replied(), reception.inquiry(), !converting.isEmpty(),
				converting.stream().anyMatch(CreditedOrder::isPaid), credited);
	}

}

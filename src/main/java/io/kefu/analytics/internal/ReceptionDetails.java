package io.kefu.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.OrderLine;
import io.kefu.analytics.ReceptionDetail;
import io.kefu.analytics.ReceptionLine;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** One reception with its question runs, its credited orders and its day's messages. */
@Component
class ReceptionDetails {

	private final FigureRanges ranges;

	private final FactStore facts;

	private final DaySumsRefresh daySums;

	private final Buyers buyers;

	private final Messages messages;

	ReceptionDetails(FigureRanges ranges, FactStore facts, DaySumsRefresh daySums, Buyers buyers, Messages messages) {
		this.ranges = ranges;
		this.facts = facts;
		this.daySums = daySums;
		this.buyers = buyers;
		this.messages = messages;
	}

	Optional<ReceptionDetail> reception(long shopId, long agentId, long buyerId, LocalDate day,
			@Nullable JudgeRule judgeRule) {
		RangeFacts inputs = RangeFacts.of(ranges.of(shopId, day, day, judgeRule), facts, daySums);
		Optional<Reception> found = facts.reception(shopId, agentId, buyerId, day);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Reception reception = found.get();
		FigureRanges.Range range = inputs.range();
		FigureSheet sheet = new FigureSheet(range.shop(), range.settings(), day, day);
		Map<Long, String> nicks = buyers.nicks(ShopId.of(shopId), List.of(buyerId));
		ReceptionLine line = ReceptionLines.line(inputs, sheet,
				ReceptionSummary.of(reception, range.shop(), range.settings()), nicks);
		double slow = QuestionRun.seconds(range.settings().slowThreshold());
		List<ReceptionDetail.Run> runs = reception.runs()
			.stream()
			.map(run -> new ReceptionDetail.Run(run.firstAt(), run.lastAt(), run.messages(), run.answeredAt(),
					run.responseSeconds(), run.responseSeconds() != null && run.responseSeconds() > slow,
					sheet.inServiceWindow(run.firstAt())))
			.toList();
		List<OrderLine> orders = inputs.orders()
			.stream()
			.filter(order -> order.buyerId() == buyerId && Long.valueOf(agentId).equals(order.agent())
					&& day.equals(order.receptionDay()))
			.map(order -> OrderLines.line(range, sheet, order, nicks))
			.toList();
		return Optional.of(new ReceptionDetail(line, runs, orders, transcript(range, reception)));
	}

	private List<ReceptionDetail.TranscriptLine> transcript(FigureRanges.Range range, Reception reception) {
		Shop shop = range.shop();
		Instant from = shop.startOf(reception.day());
		Instant to = shop.startOf(reception.day().plusDays(1)).plus(range.settings().grace());
		Set<Instant> humanTimes = Set.copyOf(reception.humanMessageTimes());
		List<ReceptionDetail.TranscriptLine> lines = new ArrayList<>();
		for (Message message : messages.thread(shop.id(), BuyerId.of(reception.buyerId()))) {
			if (!message.sentAt().isBefore(from) && message.sentAt().isBefore(to)) {
				lines.add(new ReceptionDetail.TranscriptLine(message.id(), message.sentAt(), message.direction(),
						message.kind(),
						message.agentId() == null ? null : range.accounts().apply(message.agentId().value()),
						message.content(), ours(reception, humanTimes, message)));
			}
		}
		return lines;
	}

	/**
	 * A buyer message of one of the reception's runs, or one of its agent's counted
	 * replies.
	 */
	private static boolean ours(Reception reception, Set<Instant> humanTimes, Message message) {
		if (message.direction() == Direction.IN) {
			return reception.runs()
				.stream()
				.anyMatch(run -> !message.sentAt().isBefore(run.firstAt()) && !message.sentAt().isAfter(run.lastAt()));
		}
		return AgentId.of(reception.agent()).equals(message.agentId()) && humanTimes.contains(message.sentAt());
	}

}

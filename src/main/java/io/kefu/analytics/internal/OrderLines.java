package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.OrderFilter;
import io.kefu.analytics.OrderLine;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.order.OrderId;
import io.kefu.order.Refund;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The orders behind the sales, refund and silent sales figures of a range. */
@Component
class OrderLines {

	private final FigureRanges ranges;

	private final FactStore facts;

	private final DaySumsRefresh daySums;

	private final Buyers buyers;

	OrderLines(FigureRanges ranges, FactStore facts, DaySumsRefresh daySums, Buyers buyers) {
		this.ranges = ranges;
		this.facts = facts;
		this.daySums = daySums;
		this.buyers = buyers;
	}

	List<OrderLine> orders(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable Long agentId, OrderFilter filter) {
		RangeFacts inputs = RangeFacts.of(ranges.of(shopId, from, to, judgeRule), facts, daySums);
		Shop shop = inputs.range().shop();
		FigureSheet sheet = new FigureSheet(shop, inputs.range().settings(), from, to);
		List<CreditedOrder> chosen = inputs.orders().stream().filter(order -> switch (filter) {
			case SALES -> order.agent() != null && paidIn(shop, order, from, to);
			case REFUNDS -> order.agent() != null && !sheet.countedRefunds(order).isEmpty();
			case SILENT -> order.agent() == null && paidIn(shop, order, from, to);
		}).filter(order -> agentId == null || agentId.equals(order.agent())).toList();
		Map<Long, String> nicks = buyers.nicks(ShopId.of(shopId),
				chosen.stream().map(CreditedOrder::buyerId).distinct().toList());
		return chosen.stream().map(order -> line(inputs.range(), sheet, order, nicks)).toList();
	}

	private static boolean paidIn(Shop shop, CreditedOrder order, LocalDate from, LocalDate to) {
		if (order.paidAt() == null) {
			return false;
		}
		LocalDate paid = shop.businessDay(order.paidAt());
		return !paid.isBefore(from) && !paid.isAfter(to);
	}

	static OrderLine line(FigureRanges.Range range, FigureSheet sheet, CreditedOrder order, Map<Long, String> nicks) {
		BigDecimal refunded = sheet.countedRefunds(order)
			.stream()
			.map(Refund::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new OrderLine(OrderId.of(order.orderId()), order.orderNo(), BuyerId.of(order.buyerId()),
				nicks.getOrDefault(order.buyerId(), "#" + order.buyerId()),
				order.agent() == null ? null : AgentId.of(order.agent()),
				order.agent() == null ? null : range.accounts().apply(order.agent()), order.receptionDay(),
				order.createdAt(), order.paidAt(), order.paidAmount(), FigureSheet.money(refunded));
	}

}

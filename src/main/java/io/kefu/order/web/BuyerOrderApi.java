package io.kefu.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.customer.PhoneMask;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderItem;
import io.kefu.order.OrderStatus;
import io.kefu.order.Orders;
import io.kefu.order.Refund;
import io.kefu.order.Remark;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The buyer panel beside a chat: the buyer's orders as the agent needs them. */
@RestController
class BuyerOrderApi {

	static final int MAX_ORDERS = 100;

	private final Buyers buyers;

	private final Orders orders;

	BuyerOrderApi(Buyers buyers, Orders orders) {
		this.buyers = buyers;
		this.orders = orders;
	}

	/**
	 * The buyer's latest orders, newest first (at most {@code limit}, up to 100), with
	 * items, status, amounts, flag, remarks and refunds. The receiver's name and address
	 * are shown whole, because the agent reads them back to the buyer to verify the order
	 * (seed 004, 核实; seed 000 "亲留的信息是XX(颜色、地址、电话等信息),请您核实一下是否正确"); the phone is masked
	 * ({@code 138****5678}): the buyer confirms it by its last digits, and the agent
	 * never needs to dial it from here. Agents, order clerks and supervisors of the shop.
	 */
	@GetMapping("/api/v1/shops/{shopId}/buyers/{buyerId}/orders")
	List<OrderView> orders(@PathVariable long shopId, @PathVariable long buyerId,
			@RequestParam(defaultValue = "20") int limit, Caller caller) {
		RemarkRoles.requireOrderReader(caller, shopId);
		if (buyerId <= 0 || buyers.find(BuyerId.of(buyerId)).filter(b -> b.shopId().value() == shopId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Shop " + shopId + " has no buyer " + buyerId);
		}
		if (limit < 1 || limit > MAX_ORDERS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"limit: from 1 to " + MAX_ORDERS + ", not " + limit);
		}
		return orders.latestOfBuyer(ShopId.of(shopId), BuyerId.of(buyerId), limit).stream().map(OrderView::of).toList();
	}

	record OrderView(long id, String orderNo, OrderStatus status, Instant createdAt, @Nullable Instant paidAt,
			BigDecimal totalAmount, @Nullable BigDecimal paidAmount, BigDecimal shippingFee, BigDecimal refundedAmount,
			int itemCount, @Nullable Flag flag, @Nullable ReceiverView receiver, List<ItemView> items,
			List<RefundView> refunds, List<RemarkView> remarks) {

		static OrderView of(Order order) {
			Order.Receiver receiver = order.receiver();
			return new OrderView(order.id().value(), order.orderNo().value(), order.status(), order.createdAt(),
					order.paidAt(), order.totalAmount(), order.paidAmount(), order.shippingFee(),
					order.refundedAmount(), order.itemCount(), order.flag(),
					receiver == null ? null
							: new ReceiverView(receiver.name(), PhoneMask.mask(receiver.phone()), receiver.address()),
					order.items().stream().map(ItemView::of).toList(),
					order.refunds().stream().map(RefundView::of).toList(),
					order.remarks().stream().map(RemarkView::of).toList());
		}
	}

	/**
	 * The phone is masked; name and address are whole, for verifying them with the buyer.
	 */
	record ReceiverView(String name, @Nullable String phone, String address) {
	}

	record ItemView(@Nullable Long productId, String title, String skuSpec, int quantity, BigDecimal unitPrice,
			BigDecimal amount) {

		static ItemView of(OrderItem item) {
			return new ItemView(item.productId() == null ? null : item.productId().value(), item.title(),
					item.skuSpec(), item.quantity(), item.unitPrice(), item.amount());
		}
	}

	record RefundView(String refundNo, BigDecimal amount, Refund.RefundStatus status, String reason,
			Instant requestedAt, @Nullable Instant refundedAt) {

		static RefundView of(Refund refund) {
			return new RefundView(refund.refundNo(), refund.amount(), refund.status(), refund.reason(),
					refund.requestedAt(), refund.refundedAt());
		}
	}

	/** In the order they were written, like the remark field of the marketplace. */
	record RemarkView(String text, @Nullable Flag flag, Instant createdAt, @Nullable Long agentId) {

		static RemarkView of(Remark remark) {
			return new RemarkView(remark.text(), remark.flag(), remark.createdAt(),
					remark.agentId() == null ? null : remark.agentId().value());
		}
	}

}

package io.kefu.reception.internal;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.order.OrderNo;
import io.kefu.order.Orders;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.ConversationId;
import io.kefu.reception.ConversationProducts;
import io.kefu.reception.ConversationSummary;
import io.kefu.reception.LiveChat;
import io.kefu.reception.MentionedProduct;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProductMentionDesk implements ConversationProducts {

	private final LiveChat chat;

	private final Products products;

	private final Orders orders;

	ProductMentionDesk(LiveChat chat, Products products, Orders orders) {
		this.chat = chat;
		this.products = products;
		this.orders = orders;
	}

	@Override
	public List<MentionedProduct> of(Caller caller, ConversationId conversationId) {
		ConversationSummary conversation = chat.conversation(caller, conversationId);
		ShopId shop = ShopId.of(conversation.shopId());
		List<ChatMessage> messages = new java.util.ArrayList<>();
		List<ChatMessage> page = chat.messages(caller, conversationId, 0);
		while (!page.isEmpty()) {
			messages.addAll(page);
			page = page.size() < LiveMessages.PAGE ? List.of()
					: chat.messages(caller, conversationId, page.get(page.size() - 1).seq());
		}
		return ProductMentions.in(messages, products.inShop(shop), orderNo -> orderItems(shop, orderNo));
	}

	private List<Long> orderItems(ShopId shop, String orderNo) {
		try {
			return orders.findByNo(shop, OrderNo.of(orderNo))
				.map(order -> order.items()
					.stream()
					.filter(item -> item.productId() != null)
					.map(item -> item.productId().value())
					.toList())
				.orElse(List.of());
		}
		catch (IllegalArgumentException ex) {
			// not an order number the shop could have
			return List.of();
		}
	}

}

package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.List;

import io.kefu.analytics.Receptions;
import io.kefu.analytics.StoredReception;
import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.springframework.stereotype.Component;

@Component
class FactReceptions implements Receptions {

	private final FactStore facts;

	FactReceptions(FactStore facts) {
		this.facts = facts;
	}

	@Override
	public List<StoredReception> between(ShopId shopId, LocalDate first, LocalDate last) {
		return facts.receptions(shopId.value(), first, last)
			.stream()
			.map(reception -> new StoredReception(AgentId.of(reception.agent()), BuyerId.of(reception.buyerId()),
					reception.day(),
					reception.runs()
						.stream()
						.map(run -> new StoredReception.Run(run.firstMessageId(), run.firstAt(), run.lastAt(),
								run.messages(), run.answeredAt()))
						.toList(),
					reception.humanMessageTimes()))
			.toList();
	}

}

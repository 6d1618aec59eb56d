package io.kefu.ingest.internal;

import java.util.Map;
import java.util.function.Function;

import io.kefu.order.OrderStatus;

/**
 * The 订单状态 texts of one marketplace and the status each means; commas inside may be half-
 * or full-width. A text not in the table is refused rather than guessed.
 */
final class StatusTable implements Function<String, OrderStatus> {

	private final Map<String, OrderStatus> statuses;

	StatusTable(Map<String, OrderStatus> statuses) {
		this.statuses = Map.copyOf(statuses);
	}

	@Override
	public OrderStatus apply(String text) {
		String status = ExportCell.text(text).replace('，', ',');
		OrderStatus known = statuses.get(status);
		if (known == null) {
			throw new CellFormatException("imports.error.notStatus", status,
					String.join(" · ", statuses.keySet().stream().sorted().toList()));
		}
		return known;
	}

}

package io.kefu.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.order.OrderStatus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OrderLinesUnitTests {

	private final List<ExportedOrder> orders = new ArrayList<>();

	private final List<ExportedItem> items = new ArrayList<>();

	@Test
	void anOrderWithMoreLinesThanAnyRealOneHasIsRefusedLineByLine() {
		OrderLines lines = new OrderLines(orders::add, items::add, false);
		lines.start(order("250123456789"));
		for (int i = 0; i < OrderLines.MAX_LINES; i++) {
			lines.add(item(i + 2, "250123456789"), BigDecimal.ZERO);
		}

		CellFormatException refused = catchThrowableOfType(CellFormatException.class,
				() -> lines.add(item(1002, "250123456789"), BigDecimal.ZERO));

		assertThat(EnglishErrors.reason(refused))
			.isEqualTo("order 250123456789 has more than 1,000 lines; a real one has a handful");
		lines.finish();
		assertThat(orders).hasSize(1);
		assertThat(items).hasSize(OrderLines.MAX_LINES);
	}

	private static ExportedOrder order(String orderNo) {
		return new ExportedOrder(1, orderNo, "jd_buyer", OrderStatus.PAID, LocalDateTime.of(2026, 3, 5, 10, 0), null,
				null, null, BigDecimal.TEN, null, BigDecimal.ZERO, null, "", "", "", "", null, "", "台灯", 1);
	}

	private static ExportedItem item(long line, String orderNo) {
		return new ExportedItem(line, orderNo, "台灯", BigDecimal.ONE, 1, "", "", null);
	}

}

package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Gathers the rows of exports that write one row per order line (JD, Douyin) into one
 * {@link ExportedOrder} each, built from the order's first row and completed with the
 * titles and quantities of all its lines, followed by its {@link ExportedItem}s.
 * <p>
 * The lines of an order are adjacent in these exports, so only the current order is held;
 * a stray later line of an order already given is passed on as an item alone. The order
 * numbers already given are remembered to keep that promise.
 */
final class OrderLines {

	/**
	 * The most lines an order may have: real ones have a handful, and an order's lines
	 * are held until the next order starts.
	 */
	static final int MAX_LINES = 1_000;

	private final Consumer<ExportedOrder> orders;

	private final Consumer<ExportedItem> items;

	private final boolean amountsPerLine;

	private final Set<String> given = new HashSet<>();

	private final List<ExportedItem> lines = new ArrayList<>();

	private @Nullable ExportedOrder current;

	private BigDecimal lineAmounts = BigDecimal.ZERO;

	/**
	 * @param amountsPerLine whether each row's amount is its line's (the order's amount
	 * is then their sum) rather than the whole order's repeated on every row
	 */
	OrderLines(Consumer<ExportedOrder> orders, Consumer<ExportedItem> items, boolean amountsPerLine) {
		this.orders = orders;
		this.items = items;
		this.amountsPerLine = amountsPerLine;
	}

	/**
	 * Reads an export with one row per order line: every row goes to {@code rows}
	 * together with the gatherer; a row that cannot be read is rejected naming the field
	 * that failed.
	 * @param amountsPerLine whether each row's amount is its line's rather than the
	 * order's
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, List<Column> columns, Column orderNo, boolean amountsPerLine,
			Consumer<ExportedOrder> orders, Consumer<ExportedItem> items, Consumer<ImportError> rejected, LineRows rows)
			throws IOException {
		String name = file.getFileName().toString();
		OrderLines lines = new OrderLines(orders, items, amountsPerLine);
		ExportTable.read(file, columns, (index, cells, line) -> {
			OrderRow row = new OrderRow(index, cells, orderNo);
			try {
				rows.read(row, line, lines);
			}
			catch (CellFormatException ex) {
				rejected.accept(row.rejected(name, line, ex));
			}
		}, rejected);
		lines.finish();
	}

	/** Reads one row of a one-row-per-line export into the gatherer. */
	interface LineRows {

		void read(OrderRow row, long line, OrderLines lines);

	}

	/** Whether a row of this order number must also give the order itself. */
	boolean isNew(String orderNo) {
		return !given.contains(orderNo) && (current == null || !current.orderNo().equals(orderNo));
	}

	void start(ExportedOrder order) {
		finish();
		current = order;
	}

	/**
	 * @param amount what the line costs the buyer, when amounts are per line
	 */
	void add(ExportedItem item, BigDecimal amount) {
		if (current == null || !current.orderNo().equals(item.orderNo())) {
			items.accept(item);
			return;
		}
		if (lines.size() >= MAX_LINES) {
			throw new CellFormatException("imports.error.tooManyOrderLines", item.orderNo(),
					ImportLimits.number(MAX_LINES));
		}
		lines.add(item);
		lineAmounts = lineAmounts.add(amount);
	}

	/** Gives the order being gathered; call once more after the last row. */
	void finish() {
		if (current == null) {
			return;
		}
		orders.accept(completed(current));
		lines.forEach(items);
		given.add(current.orderNo());
		current = null;
		lines.clear();
		lineAmounts = BigDecimal.ZERO;
	}

	private ExportedOrder completed(ExportedOrder first) {
		String titles = lines.stream().map(ExportedItem::title).distinct().collect(Collectors.joining("，"));
		int count = lines.stream().mapToInt(ExportedItem::quantity).sum();
		BigDecimal total = amountsPerLine ? lineAmounts : first.totalAmount();
		BigDecimal paid = (amountsPerLine && first.paidAmount() != null) ? lineAmounts : first.paidAmount();
		return new ExportedOrder(first.line(), first.orderNo(), first.buyerNick(), first.status(), first.createdAt(),
				first.paidAt(), first.shippedAt(), first.receivedAt(), total, paid, first.shippingFee(), refunds(first),
				first.receiverName(), first.receiverPhone(), first.receiverAddress(), first.sellerRemark(),
				first.flag(), first.buyerMessage(), titles, count);
	}

	private @Nullable BigDecimal refunds(ExportedOrder first) {
		if (first.refundAmount() != null) {
			return first.refundAmount();
		}
		return lines.stream()
			.map(ExportedItem::refundAmount)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

}

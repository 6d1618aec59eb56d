package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kefu.order.OrderStatus;

import org.jspecify.annotations.Nullable;

/**
 * One data row of an order export, read cell by cell. It remembers the column it read
 * last, so that a {@link CellFormatException} can be reported against the field that
 * caused it without each reader keeping track.
 */
final class OrderRow {

	private final ColumnIndex columns;

	private final List<String> cells;

	private Column field;

	OrderRow(ColumnIndex columns, List<String> cells, Column first) {
		this.columns = columns;
		this.cells = cells;
		this.field = first;
	}

	String orderNo(Column column) {
		return ExportCell.orderNo(raw(column));
	}

	String text(Column column) {
		return ExportCell.text(raw(column));
	}

	String requiredText(Column column) {
		return required(text(column));
	}

	@Nullable BigDecimal money(Column column) {
		return ExportCell.money(raw(column));
	}

	BigDecimal requiredMoney(Column column) {
		return required(money(column));
	}

	@Nullable LocalDateTime dateTime(Column column) {
		return ExportCell.dateTime(raw(column));
	}

	LocalDateTime requiredDateTime(Column column) {
		return required(dateTime(column));
	}

	/** When the order was shipped; refused when before its creation. */
	@Nullable LocalDateTime shippedAt(Column column, LocalDateTime createdAt) {
		return DeliveryTimes.shipped(dateTime(column), createdAt);
	}

	/**
	 * When the buyer confirmed receipt; refused when before shipping, left out for an
	 * order that never got there (see {@link DeliveryTimes#received}).
	 */
	@Nullable LocalDateTime receivedAt(Column column, @Nullable LocalDateTime shippedAt, LocalDateTime createdAt,
			OrderStatus status) {
		return DeliveryTimes.received(dateTime(column), shippedAt, createdAt, status);
	}

	int quantity(Column column) {
		Integer quantity = ExportCell.count(raw(column));
		if (quantity == null || quantity <= 0) {
			throw new CellFormatException("imports.error.notQuantity", text(column));
		}
		return quantity;
	}

	/** The cell's text turned into a value by one of the format's tables. */
	<T> T mapped(Column column, Function<String, T> table) {
		return table.apply(text(column));
	}

	/**
	 * An address kept in pieces (省 市 区 街道 详细地址), joined with spaces as the Taobao export
	 * writes it; a detail that already starts with the province is the whole address.
	 */
	String address(Column province, Column detail, Column... middle) {
		String first = text(province);
		String last = text(detail);
		if (!first.isEmpty() && last.startsWith(first)) {
			return last;
		}
		Stream<String> between = Stream.of(middle).map(this::text);
		return Stream.concat(Stream.concat(Stream.of(first), between), Stream.of(last))
			.filter(part -> !part.isEmpty())
			.collect(Collectors.joining(" "));
	}

	/**
	 * Who placed the order: the account column when the export has one, else the receiver
	 * as the export shows them, masked or not. The marketplaces that mask buyers leave
	 * nothing better; a masked identity matches chats only as well as the mask allows.
	 */
	String buyer(Column account, String receiverName, String receiverPhone) {
		String nick = text(account);
		if (!nick.isEmpty()) {
			return nick;
		}
		String receiver = (receiverName + " " + receiverPhone).strip();
		if (receiver.isEmpty()) {
			throw new CellFormatException("imports.error.emptyNoReceiver");
		}
		return receiver;
	}

	ImportError rejected(String file, long line, CellFormatException ex) {
		return RejectedLine.of(file, line, field.name(), ex);
	}

	private String raw(Column column) {
		field = column;
		return columns.cell(cells, column);
	}

	private static <T> T required(@Nullable T value) {
		if (value == null || value instanceof String text && text.isEmpty()) {
			throw new CellFormatException("imports.error.empty");
		}
		return value;
	}

}

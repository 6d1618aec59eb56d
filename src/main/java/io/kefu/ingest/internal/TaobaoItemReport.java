package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static io.kefu.ingest.internal.TaobaoItemColumns.*;

/**
 * Streams a Taobao/Tmall 宝贝报表 (ExportOrderDetailList*.csv): one {@link ExportedItem} or
 * rejection a row.
 */
final class TaobaoItemReport {

	// what the Qianniu export writes in 退款金额 when there is no refund
	private static final Set<String> NO_REFUND = Set.of("无退款申请", "没有申请退款", "-");

	private TaobaoItemReport() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ExportedItem> items, Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		ExportTable.read(file, ALL, (columns, row, line) -> readRow(name, columns, row, line, items, rejected),
				rejected);
	}

	private static void readRow(String file, ColumnIndex columns, List<String> row, long line,
			Consumer<ExportedItem> items, Consumer<ImportError> rejected) {
		Column field = ORDER_NO;
		try {
			String orderNo = ExportCell.orderNo(columns.cell(row, ORDER_NO));
			field = TITLE;
			String title = ExportCell.text(columns.cell(row, TITLE));
			if (title.isEmpty()) {
				throw new CellFormatException("imports.error.empty");
			}
			field = PRICE;
			BigDecimal price = ExportCell.money(columns.cell(row, PRICE));
			if (price == null) {
				throw new CellFormatException("imports.error.empty");
			}
			field = QUANTITY;
			Integer quantity = ExportCell.count(columns.cell(row, QUANTITY));
			if (quantity == null || quantity <= 0) {
				throw new CellFormatException("imports.error.notQuantity", String.valueOf(quantity));
			}
			field = REFUND_AMOUNT;
			String refundText = ExportCell.text(columns.cell(row, REFUND_AMOUNT));
			BigDecimal refund = NO_REFUND.contains(refundText) ? null : ExportCell.money(refundText);
			items.accept(new ExportedItem(line, orderNo, title, price, quantity,
					ExportCell.text(columns.cell(row, PROPERTIES)), ExportCell.text(columns.cell(row, OUTER_CODE)),
					refund == null || refund.signum() == 0 ? null : refund));
		}
		catch (CellFormatException ex) {
			rejected.accept(RejectedLine.of(file, line, field.name(), ex));
		}
	}

}

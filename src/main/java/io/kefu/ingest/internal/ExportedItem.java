package io.kefu.ingest.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One item line of an order as the 宝贝报表 gives it. {@code properties} is the SKU as
 * written, e.g. {@code 颜色分类：乳白色;长度：2m}; {@code refundAmount} is null when the line has no
 * refund.
 */
record ExportedItem(long line, String orderNo, String title, BigDecimal unitPrice, int quantity, String properties,
		String outerCode, @Nullable BigDecimal refundAmount) {
}

package io.kefu.ingest.internal;

/**
 * The 售后状态 texts of the Pinduoduo and Douyin exports, of which Kefu only needs to know
 * whether the money went back to the buyer: 无售后或售后取消 and 售后处理中 (or Douyin's {@code -})
 * are no refund yet; 退款成功, 退货退款成功 and 已退款 are.
 */
final class AfterSaleStatus {

	private AfterSaleStatus() {
	}

	static boolean refunded(String text) {
		String status = ExportCell.text(text);
		return status.contains("退款成功") || status.equals("已退款");
	}

}

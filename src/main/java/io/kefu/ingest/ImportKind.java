package io.kefu.ingest;

/**
 * The kinds of file Kefu imports; detected from the file's name and content, or named by
 * the user.
 */
public enum ImportKind {

	/** Taobao/Tmall 订单报表, classic CSV or Qianniu workbook. */
	TAOBAO_ORDERS,
	/** Taobao/Tmall 宝贝报表: the item lines of orders already imported. */
	TAOBAO_ITEMS,
	/** JD order export: one row per order line. */
	JD_ORDERS,
	/** Pinduoduo order export. */
	PDD_ORDERS,
	/** Douyin 抖店 order export: one row per sub-order. */
	DOUYIN_ORDERS,
	/** Chat layout A: the web chat history copied as text. */
	CHAT_WEB_HISTORY,
	/** Chat layout B: the Qianniu client's chat copied to the clipboard. */
	CHAT_QIANNIU,
	/** Chat layout C: the CSV that scraper tools write. */
	CHAT_CSV,
	/** Quick phrases (快捷短语) for the script library, {@code .xlsx} or {@code .csv}. */
	QUICK_PHRASES

}

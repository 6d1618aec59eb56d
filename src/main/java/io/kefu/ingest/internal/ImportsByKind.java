package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.kefu.ingest.ImportKind;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;

/** Hands a file to the import of its kind. */
@Component
class ImportsByKind {

	private final OrderReportImport orderReports;

	private final ItemReportImport itemReports;

	private final LineOrderImport lineOrders;

	private final ChatImport chats;

	private final PhraseImport phrases;

	ImportsByKind(OrderReportImport orderReports, ItemReportImport itemReports, LineOrderImport lineOrders,
			ChatImport chats, PhraseImport phrases) {
		this.orderReports = orderReports;
		this.itemReports = itemReports;
		this.lineOrders = lineOrders;
		this.chats = chats;
		this.phrases = phrases;
	}

	void run(Shop shop, Path file, ImportKind kind, ImportTally tally) throws IOException {
		switch (kind) {
			case TAOBAO_ORDERS -> orderReports.run(shop, file, tally);
			case TAOBAO_ITEMS -> itemReports.run(shop, file, tally);
			case JD_ORDERS, PDD_ORDERS, DOUYIN_ORDERS -> lineOrders.run(shop, file, kind, tally);
			case CHAT_WEB_HISTORY, CHAT_QIANNIU, CHAT_CSV -> chats.run(shop, file, kind, tally);
			case QUICK_PHRASES -> phrases.run(shop, file, tally);
		}
	}

}

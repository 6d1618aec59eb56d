package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.ingest.ImportKind;

/**
 * Tells what kind of export a file is, from its name and its content: a table by its
 * headers (the name breaks a tie: ExportOrderDetailList is the item report), a chat
 * record by the shape of its first lines.
 */
final class FileKinds {

	private static final int SNIFFED_LINES = 60;

	private static final Map<ImportKind, List<Column>> TABLES = Map.of(ImportKind.TAOBAO_ORDERS, TaobaoOrderColumns.ALL,
			ImportKind.TAOBAO_ITEMS, TaobaoItemColumns.ALL, ImportKind.JD_ORDERS, JdOrderColumns.ALL,
			ImportKind.PDD_ORDERS, PddOrderColumns.ALL, ImportKind.DOUYIN_ORDERS, DouyinOrderColumns.ALL,
			ImportKind.CHAT_CSV, ScraperChatColumns.ALL, ImportKind.QUICK_PHRASES, QuickPhraseColumns.ALL);

	private static final List<ImportKind> TABLE_ORDER = List.of(ImportKind.TAOBAO_ORDERS, ImportKind.TAOBAO_ITEMS,
			ImportKind.JD_ORDERS, ImportKind.PDD_ORDERS, ImportKind.DOUYIN_ORDERS, ImportKind.CHAT_CSV,
			ImportKind.QUICK_PHRASES);

	private FileKinds() {
	}

	/**
	 * @throws UnknownFormatException naming every format tried and why it did not fit
	 */
	static ImportKind detect(Path file, String name) throws IOException {
		List<String> header = ExportTable.headerRow(file);
		if (name.startsWith("ExportOrderDetailList") && fits(header, ImportKind.TAOBAO_ITEMS)) {
			return ImportKind.TAOBAO_ITEMS;
		}
		List<UnknownFormatException.Tried> reasons = new ArrayList<>();
		ImportKind best = null;
		int bestScore = 0;
		for (ImportKind kind : TABLE_ORDER) {
			try {
				ColumnIndex index = ColumnIndex.of(TABLES.get(kind), header);
				// several formats may fit one header (主订单编号, 订单状态 …); the one that knows
				// most columns wins
				int score = (int) TABLES.get(kind).stream().filter(index::has).count();
				if (score > bestScore) {
					best = kind;
					bestScore = score;
				}
			}
			catch (MissingColumnsException ex) {
				reasons.add(UnknownFormatException.Tried.missingColumns(kind, ex));
			}
		}
		if (best != null) {
			return best;
		}
		if (!ExportTable.isZip(file)) {
			List<String> lines = firstLines(file);
			if (QianniuClipboardChat.looksLike(lines)) {
				return ImportKind.CHAT_QIANNIU;
			}
			reasons.add(new UnknownFormatException.Tried(ImportKind.CHAT_QIANNIU, "imports.error.notQianniuChat",
					List.of()));
			if (WebHistoryChat.looksLike(lines)) {
				return ImportKind.CHAT_WEB_HISTORY;
			}
			reasons.add(new UnknownFormatException.Tried(ImportKind.CHAT_WEB_HISTORY, "imports.error.notWebHistoryChat",
					List.of()));
		}
		throw new UnknownFormatException(reasons);
	}

	private static boolean fits(List<String> header, ImportKind kind) {
		try {
			ColumnIndex.of(TABLES.get(kind), header);
			return true;
		}
		catch (MissingColumnsException ex) {
			return false;
		}
	}

	private static List<String> firstLines(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = TextEncoding.of(file).open(file)) {
			String line;
			while (lines.size() < SNIFFED_LINES && (line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
		}
		return lines;
	}

}

package io.kefu.ingest.internal;

import io.kefu.ingest.ImportError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static io.kefu.ingest.internal.QuickPhraseColumns.*;

/**
 * Streams a quick-phrase list ({@code .xlsx} or {@code .csv}): one {@link ExportedPhrase}
 * or rejection a row.
 */
final class QuickPhraseList {

	private static final Set<String> YES = Set.of("是", "Y", "y", "yes", "true", "1", "团队");

	private QuickPhraseList() {
	}

	/**
	 * @throws MissingColumnsException when the header row lacks a required column
	 */
	static void read(Path file, Consumer<ExportedPhrase> phrases, Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		ExportTable.read(file, ALL, (columns, row, line) -> readRow(name, columns, row, line, phrases, rejected),
				rejected);
	}

	private static void readRow(String file, ColumnIndex columns, List<String> row, long line,
			Consumer<ExportedPhrase> phrases, Consumer<ImportError> rejected) {
		String group = ExportCell.text(columns.cell(row, GROUP));
		String text = columns.cell(row, TEXT).replace("\r\n", "\n").strip();
		String code = ExportCell.text(columns.cell(row, CODE));
		if (text.isEmpty()) {
			rejected.accept(RejectedLine.of(file, line, TEXT.name(), "imports.error.empty"));
		}
		else if (code.length() > 20 || code.chars().anyMatch(Character::isWhitespace)) {
			rejected.accept(RejectedLine.of(file, line, CODE.name(), "imports.error.notShortcutCode", code));
		}
		else {
			phrases.accept(new ExportedPhrase(line, group.isEmpty() ? "未分组" : group, code, text,
					ExportCell.text(columns.cell(row, IMAGE)), YES.contains(ExportCell.text(columns.cell(row, TEAM)))));
		}
	}

}

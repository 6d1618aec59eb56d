package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportError;
import io.kefu.ingest.ImportKind;
import io.kefu.ingest.Imports;
import io.kefu.ingest.MessagesImported;
import io.kefu.ingest.OrdersImported;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports each file in a transaction of its own and decides at the end whether to keep
 * it: a file with rejected lines is rolled back unless the caller asked to skip bad
 * lines. The events naming the touched business days are published only with a kept file,
 * inside its transaction.
 */
@Service
class FileImports implements Imports {

	private final Shops shops;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ImportsByKind importsByKind;

	FileImports(Shops shops, TransactionTemplate transactions, ApplicationEventPublisher events,
			ImportsByKind importsByKind) {
		this.shops = shops;
		this.transactions = transactions;
		this.events = events;
		this.importsByKind = importsByKind;
	}

	@Override
	public FileReport importFile(ShopId shopId, Path file, String name, @Nullable ImportKind kind,
			boolean skipBadLines) {
		Shop shop = shops.get(shopId);
		ImportKind detected;
		try {
			detected = kind != null ? kind : FileKinds.detect(file, name);
		}
		catch (UnknownFormatException ex) {
			return failed(name, null, ex.errors(name));
		}
		catch (ImportLimitException ex) {
			return failed(name, null, List.of(ex.error(name)));
		}
		catch (IOException ex) {
			return failed(name, null, List.of(unreadable(name, ex)));
		}
		try {
			return transactions.execute(status -> run(shop, file, name, detected, skipBadLines, status));
		}
		catch (MissingColumnsException ex) {
			return failed(name, detected, List.of(ex.error(name)));
		}
		catch (CellFormatException ex) {
			return failed(name, detected, List.of(ImportError.ofFile(name, ex.code(), ex.args())));
		}
		catch (ImportLimitException ex) {
			// reading stopped at the line over the cap: the lines after it were never
			// read
			return failed(name, detected, List.of(ex.error(name)));
		}
		catch (ImportFailure ex) {
			return failed(name, detected, List.of(unreadable(name, ex.readError)));
		}
	}

	private FileReport run(Shop shop, Path file, String name, ImportKind kind, boolean skipBadLines,
			TransactionStatus status) {
		ImportTally tally = new ImportTally();
		try {
			importsByKind.run(shop, file, kind, tally);
		}
		catch (IOException ex) {
			throw new ImportFailure(ex);
		}
		if (tally.rejected() > 0 && !skipBadLines) {
			status.setRollbackOnly();
			return tally.notApplied(name, kind);
		}
		publish(shop, tally);
		return tally.applied(name, kind);
	}

	private void publish(Shop shop, ImportTally tally) {
		if (!tally.orderDays().isEmpty()) {
			events.publishEvent(new OrdersImported(shop.id(), tally.orderDays()));
		}
		if (!tally.messageDays().isEmpty()) {
			events.publishEvent(new MessagesImported(shop.id(), tally.messageDays()));
		}
	}

	private static FileReport failed(String name, @Nullable ImportKind kind, List<ImportError> errors) {
		return new FileReport(name, kind, false, 0, 0, 0, 0, 0, errors);
	}

	/**
	 * The reader's own words (a workbook library's, the system's) are passed on as they
	 * are.
	 */
	private static ImportError unreadable(String name, IOException ex) {
		return ImportError.ofFile(name, "imports.error.unreadable", String.valueOf(ex.getMessage()));
	}

	/** A file that could not be read at all. */
	private static final class ImportFailure extends RuntimeException {

		private final IOException readError;

		ImportFailure(IOException cause) {
			super(cause);
			this.readError = cause;
		}

	}

}

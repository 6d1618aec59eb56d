package io.kefu.reception.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.customer.PersonalText;
import io.kefu.reception.internal.ArchiveIndex.IndexedMessage;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps the archive index a copy of the stored messages, their text indexed as agents see
 * it (phones and addresses masked), so that no search can tell what the mask hides.
 * Messages are only ever added (a buyer's data erased is deleted from the index by
 * whoever erases it), so the copy follows the message ids ({@link ArchiveGaps}). The
 * index lives in {@code kefu.archive.index-dir} and is kept there across restarts; left
 * blank, in a temporary directory made again from the database on every start.
 */
@Component
class ArchiveFeed {

	private static final Logger log = LoggerFactory.getLogger(ArchiveFeed.class);

	static final int BATCH = 5_000;

	/** Messages indexed between two commits while catching up on a long history. */
	private static final int COMMIT_EVERY = 200_000;

	private static final String POSITION = "position";

	private static final String DATABASE = "database";

	private static final String ERASURES = "erasures";

	private static final String SELECT = """
			select m.id, m.shop_id, coalesce(m.conversation_id, 0) as conversation_id, t.buyer_id, m.agent_id, m.sent_at,
			m.content, ((m.sent_at at time zone s.time_zone) - s.day_split)::date - date '1970-01-01' as day,
			exists (select 1 from directed_buyer d where d.buyer_id = t.buyer_id) as directed
			from message m join thread t on t.id = m.thread_id join shop s on s.id = m.shop_id
			""";

	private final JdbcClient jdbc;

	private final @Nullable Path configured;

	private @Nullable Path path;

	private volatile @Nullable ArchiveIndex index;

	private @Nullable ArchiveGaps gaps;

	/** The last erasure applied to the index. */
	private long erasures;

	/** The identity of the database the index copies ({@code archive_identity}). */
	private String database = "";

	/**
	 * What the last commit recorded: an idle catch-up, every two seconds, commits (and
	 * syncs) nothing.
	 */
	private Map<String, String> committed = Map.of();

	private volatile boolean behind = true;

	ArchiveFeed(JdbcClient jdbc, @Value("${kefu.archive.index-dir:}") String indexDir) {
		this.jdbc = jdbc;
		this.configured = indexDir.isBlank() ? null : Path.of(indexDir);
	}

	/** Whether the last catch-up may have left messages out (it ran long, or failed). */
	boolean behind() {
		return behind;
	}

	/**
	 * The index, caught up as far as the last catch-up went. Not under the feed's lock: a
	 * search must not wait for a long catch-up (a million imported messages), it sees the
	 * last commit and {@link #behind()} says so.
	 */
	ArchiveIndex index() {
		ArchiveIndex opened = index;
		if (opened != null) {
			return opened;
		}
		synchronized (this) {
			open();
			return index;
		}
	}

	/** Copies what was committed since the last call, and what the gaps held back. */
	synchronized void catchUp() {
		open();
		behind = true;
		Snapshot before = snapshot();
		for (ArchiveGaps.Gap gap : gaps.open()) {
			Rows found = read("where m.id between ? and ? order by m.id", gap.from(), gap.to());
			index.deleteIds(found.ids());
			index.add(found.kept());
			gaps.found(gap, found.ids());
		}
		gaps.close(before.xmin());
		forget();
		int sinceCommit = 0;
		while (true) {
			Rows next = read("where m.id > ? order by m.id limit " + BATCH, gaps.watermark());
			if (next.ids().length == 0) {
				break;
			}
			index.add(next.kept());
			gaps.advance(next.ids(), snapshot().xmax());
			sinceCommit += next.ids().length;
			if (sinceCommit >= COMMIT_EVERY) {
				commit();
				sinceCommit = 0;
			}
		}
		if (!position().equals(committed)) {
			commit();
		}
		behind = false;
	}

	/**
	 * Applies the erasures logged since the last catch-up: a buyer's, or days past
	 * retention.
	 */
	private void forget() {
		jdbc.sql(
				"select id, shop_id, buyer_id, before_day - date '1970-01-01' from archive_erasure where id > ? order by id")
			.param(erasures)
			.query(rs -> {
				long shopId = rs.getLong(2);
				Long buyerId = rs.getObject(3, Long.class);
				if (buyerId != null) {
					index.deleteBuyer(shopId, buyerId);
				}
				else {
					index.deleteBefore(shopId, rs.getInt(4));
				}
				erasures = rs.getLong(1);
			});
	}

	/**
	 * Indexes a shop's messages again: deleted, then read anew up to the watermark; the
	 * gaps stay as they are (what they find later replaces its own copy).
	 */
	synchronized void rebuild(long shopId) {
		open();
		index.deleteShop(shopId);
		long after = 0;
		while (true) {
			Rows next = read("where m.shop_id = ? and m.id > ? and m.id <= ? order by m.id limit " + BATCH, shopId,
					after, gaps.watermark());
			if (next.ids().length == 0) {
				break;
			}
			index.add(next.kept());
			after = next.ids()[next.ids().length - 1];
		}
		commit();
	}

	/**
	 * The rows found, and the messages to index among them: those of buyers the shop
	 * plays itself (training's mystery shopper) are passed over, as no real buyer's.
	 */
	private Rows read(String where, Object... params) {
		List<Long> ids = new ArrayList<>();
		List<IndexedMessage> kept = new ArrayList<>();
		jdbc.sql(SELECT + where).params(params).query(rs -> {
			ids.add(rs.getLong("id"));
			if (!rs.getBoolean("directed")) {
				kept.add(map(rs));
			}
		});
		return new Rows(ids.stream().mapToLong(Long::longValue).toArray(), kept);
	}

	private record Rows(long[] ids, List<IndexedMessage> kept) {
	}

	private static IndexedMessage map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new IndexedMessage(rs.getLong("id"), rs.getLong("shop_id"), rs.getLong("conversation_id"),
				rs.getLong("buyer_id"), rs.getObject("agent_id", Long.class), rs.getInt("day"),
				rs.getObject("sent_at", OffsetDateTime.class).toInstant().toEpochMilli(),
				PersonalText.mask(rs.getString("content")));
	}

	private Snapshot snapshot() {
		return jdbc.sql("""
				select pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint
				from pg_current_snapshot() as s
				""").query((rs, row) -> new Snapshot(rs.getLong(1), rs.getLong(2))).single();
	}

	private void commit() {
		committed = position();
		index.commit(committed);
	}

	/** Where the copy stands, as each commit records it. */
	private Map<String, String> position() {
		return Map.of(POSITION, gaps.write(), DATABASE, database, ERASURES, Long.toString(erasures));
	}

	private void open() {
		if (index != null) {
			return;
		}
		try {
			path = configured != null ? Files.createDirectories(configured) : Files.createTempDirectory("kefu-archive");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the archive index directory " + configured, ex);
		}
		index = new ArchiveIndex(path);
		database = jdbc.sql("select token::text from archive_identity").query(String.class).single();
		committed = index.committed();
		if (committed.containsKey(POSITION) && database.equals(committed.get(DATABASE))) {
			gaps = ArchiveGaps.read(committed.get(POSITION));
			erasures = Long.parseLong(committed.getOrDefault(ERASURES, "0"));
		}
		else {
			if (!committed.isEmpty()) {
				log.info("The archive index in {} was made from another database: making it again", path);
			}
			index.deleteAll();
			gaps = new ArchiveGaps(0, List.of());
			// a new index copies what is left after every erasure so far
			erasures = jdbc.sql("select coalesce(max(id), 0) from archive_erasure").query(Long.class).single();
		}
	}

	@PreDestroy
	synchronized void close() throws IOException {
		if (index != null) {
			index.close();
			index = null;
			if (configured == null && path != null) {
				FileSystemUtils.deleteRecursively(path);
			}
		}
	}

	private record Snapshot(long xmin, long xmax) {
	}

}

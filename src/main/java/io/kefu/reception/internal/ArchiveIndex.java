package io.kefu.reception.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index of the archive: a document per message, holding what a search filters
 * on and sorts by, and its text cut as {@link ArchiveText} says; the text itself and
 * everything shown are read from the database. It is a copy of the database, kept by
 * {@link ArchiveFeed}, which also records in each commit how far the copy goes.
 */
final class ArchiveIndex implements Closeable {

	private static final String ID = "id";

	private static final String SHOP = "shop";

	private static final String BUYER = "buyer";

	private static final String AGENT = "agent";

	private static final String DAY = "day";

	private static final String SENT = "sent";

	private static final String CONVERSATION = "conversation";

	private static final Sort NEWEST_FIRST = new Sort(new SortField(SENT, SortField.Type.LONG, true),
			new SortField(ID, SortField.Type.LONG, true));

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	ArchiveIndex(Path path) {
		try {
			directory = FSDirectory.open(path);
			IndexWriterConfig config = new IndexWriterConfig(ArchiveText.analyzer());
			config.setRAMBufferSizeMB(64);
			writer = new IndexWriter(directory, config);
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the archive index in " + path, ex);
		}
	}

	/** What the last commit recorded (empty for a new index). */
	Map<String, String> committed() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	void add(List<IndexedMessage> messages) {
		try {
			for (IndexedMessage message : messages) {
				writer.addDocument(document(message));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot add to the archive index", ex);
		}
	}

	private static Document document(IndexedMessage m) {
		Document doc = new Document();
		doc.add(new LongPoint(ID, m.id()));
		doc.add(new NumericDocValuesField(ID, m.id()));
		doc.add(new LongPoint(SHOP, m.shopId()));
		doc.add(new LongPoint(BUYER, m.buyerId()));
		if (m.agentId() != null) {
			doc.add(new LongPoint(AGENT, m.agentId()));
		}
		doc.add(new IntPoint(DAY, m.day()));
		doc.add(new NumericDocValuesField(SENT, m.sentAtMillis()));
		doc.add(new NumericDocValuesField(CONVERSATION, m.conversationId()));
		doc.add(new TextField(ArchiveText.BIGRAMS, m.content(), Field.Store.NO));
		doc.add(new TextField(ArchiveText.CHARACTERS, m.content(), Field.Store.NO));
		return doc;
	}

	void deleteIds(long[] ids) {
		if (ids.length > 0) {
			delete(LongPoint.newSetQuery(ID, ids));
		}
	}

	/** Forgets a buyer's messages (erased on request). */
	void deleteBuyer(long shopId, long buyerId) {
		BooleanQuery.Builder both = new BooleanQuery.Builder();
		both.add(LongPoint.newExactQuery(SHOP, shopId), Occur.FILTER);
		both.add(LongPoint.newExactQuery(BUYER, buyerId), Occur.FILTER);
		delete(both.build());
	}

	/** Forgets a shop's messages of business days before {@code epochDay} (retention). */
	void deleteBefore(long shopId, int epochDay) {
		BooleanQuery.Builder both = new BooleanQuery.Builder();
		both.add(LongPoint.newExactQuery(SHOP, shopId), Occur.FILTER);
		both.add(IntPoint.newRangeQuery(DAY, Integer.MIN_VALUE, epochDay - 1), Occur.FILTER);
		delete(both.build());
	}

	void deleteShop(long shopId) {
		delete(LongPoint.newExactQuery(SHOP, shopId));
	}

	void deleteAll() {
		try {
			writer.deleteAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot empty the archive index", ex);
		}
	}

	private void delete(Query query) {
		try {
			writer.deleteDocuments(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete from the archive index", ex);
		}
	}

	/** Makes what was added durable and searchable, with how far the copy goes. */
	void commit(Map<String, String> position) {
		try {
			writer.setLiveCommitData(Map.copyOf(position).entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot commit the archive index", ex);
		}
	}

	/** One page of the matches, newest first, as message ids, with the number of all. */
	Found search(Filter filter, int offset, int size) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopFieldDocs top = searcher.search(filter.query(),
						new TopFieldCollectorManager(NEWEST_FIRST, offset + size, null, Integer.MAX_VALUE, false));
				List<Long> ids = new ArrayList<>();
				ScoreDoc[] docs = top.scoreDocs;
				for (int i = offset; i < docs.length; i++) {
					ids.add(idOf(searcher, docs[i].doc));
				}
				return new Found(top.totalHits.value, ids);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the archive index", ex);
		}
	}

	/** The conversations of every match, at most {@code limit} + 1 of them. */
	Set<Long> conversations(Filter filter, int limit) {
		Set<Long> conversations = new LinkedHashSet<>();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				searcher.search(filter.query(), new SimpleCollector() {
					private @Nullable NumericDocValues values;

					@Override
					protected void doSetNextReader(LeafReaderContext context) throws IOException {
						values = context.reader().getNumericDocValues(CONVERSATION);
					}

					@Override
					public void collect(int doc) throws IOException {
						if (conversations.size() <= limit && values != null && values.advanceExact(doc)) {
							conversations.add(values.longValue());
						}
					}

					@Override
					public ScoreMode scoreMode() {
						return ScoreMode.COMPLETE_NO_SCORES;
					}
				});
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the archive index", ex);
		}
		return conversations;
	}

	private static long idOf(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
		NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
		if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("A document of the archive index has no message id");
		}
		return ids.longValue();
	}

	/** How many messages of the shop are indexed. */
	long count(long shopId) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.count(LongPoint.newExactQuery(SHOP, shopId));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot count in the archive index", ex);
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

	/** A message as the index keeps it; {@code day} is its business day's epoch day. */
	record IndexedMessage(long id, long shopId, long conversationId, long buyerId, @Nullable Long agentId, int day,
			long sentAtMillis, String content) {
	}

	record Found(long total, List<Long> ids) {
	}

	/**
	 * What a search asks of the index: the shop, the text (null: anything), and filters.
	 */
	record Filter(long shopId, @Nullable Query text, @Nullable Long agentId, @Nullable Long buyerId,
			@Nullable Integer fromDay, @Nullable Integer toDay, long @Nullable [] buyerIds,
			long @Nullable [] messageIds) {

		Filter(long shopId, @Nullable Query text, @Nullable Long agentId, @Nullable Long buyerId,
				@Nullable Integer fromDay, @Nullable Integer toDay) {
			this(shopId, text, agentId, buyerId, fromDay, toDay, null, null);
		}

		Query query() {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			all.add(LongPoint.newExactQuery(SHOP, shopId), Occur.FILTER);
			all.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
			if (agentId != null) {
				all.add(LongPoint.newExactQuery(AGENT, agentId), Occur.FILTER);
			}
			if (buyerId != null) {
				all.add(LongPoint.newExactQuery(BUYER, buyerId), Occur.FILTER);
			}
			if (buyerIds != null) {
				all.add(LongPoint.newSetQuery(BUYER, buyerIds), Occur.FILTER);
			}
			if (messageIds != null) {
				all.add(LongPoint.newSetQuery(ID, messageIds), Occur.FILTER);
			}
			if (fromDay != null || toDay != null) {
				all.add(IntPoint.newRangeQuery(DAY, fromDay == null ? Integer.MIN_VALUE : fromDay,
						toDay == null ? Integer.MAX_VALUE : toDay), Occur.FILTER);
			}
			return all.build();
		}

	}

}

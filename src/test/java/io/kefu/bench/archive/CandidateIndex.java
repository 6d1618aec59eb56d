package io.kefu.bench.archive;

import java.io.IOException;
import java.util.BitSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A candidate's in-memory index of the corpus. Nothing is merged, so a document's number
 * is its message's number.
 */
final class CandidateIndex implements AutoCloseable {

	private final ByteBuffersDirectory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final long buildNanos;

	private CandidateIndex(ByteBuffersDirectory directory, long buildNanos) throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(this.reader);
		this.buildNanos = buildNanos;
	}

	static CandidateIndex build(ArchiveCandidate candidate, ChatCorpus corpus) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		IndexWriterConfig config = new IndexWriterConfig(candidate.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE)
			.setRAMBufferSizeMB(256);
		long start = System.nanoTime();
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (String message : corpus.messages()) {
				writer.addDocument(candidate.document(message));
			}
		}
		return new CandidateIndex(directory, System.nanoTime() - start);
	}

	BitSet search(Query query) throws IOException {
		BitSet found = new BitSet(this.reader.maxDoc());
		for (ScoreDoc hit : this.searcher.search(query, Math.max(1, this.reader.maxDoc())).scoreDocs) {
			found.set(hit.doc);
		}
		return found;
	}

	double buildMillis() {
		return this.buildNanos / 1e6;
	}

	long bytes() throws IOException {
		long bytes = 0;
		for (String file : this.directory.listAll()) {
			bytes += this.directory.fileLength(file);
		}
		return bytes;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}

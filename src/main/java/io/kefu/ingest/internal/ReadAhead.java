package io.kefu.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import io.kefu.ingest.ImportError;

/**
 * Reads a file on a thread of its own while the calling thread, which holds the file's
 * transaction, stores what was read: parsing and writing overlap on two cores instead of
 * taking turns. What was read travels in chunks through a short queue, so memory stays
 * flat however long the file: a chunk holds a thousand values, or fewer when they are
 * large (their text weighs more than {@value #CHUNK_CHARACTERS} characters). A failure on
 * either side stops the other and is thrown to the caller as it was.
 */
final class ReadAhead {

	private static final int CHUNK = 1000;

	/**
	 * The text a chunk holds at most: a thousand ordinary rows weigh a tenth of it, a
	 * thousand rows at the length cap sixteen times more.
	 */
	private static final long CHUNK_CHARACTERS = 1_000_000;

	/** Chunks waiting to be stored: enough to ride out one slow batch, no more. */
	private static final int QUEUED_CHUNKS = 8;

	private static final List<Object> END = List.of();

	private ReadAhead() {
	}

	/** Reads the values and the rejected lines of a file, in the file's order. */
	interface Reader<T> {

		void read(Consumer<T> values, Consumer<ImportError> rejected) throws IOException;

	}

	/**
	 * Runs the reader on its own thread and hands each value and rejected line, in the
	 * file's order, to the consumers on this thread.
	 * @param weight how many characters of text a value holds, about
	 */
	static <T> void run(Reader<T> reader, ToLongFunction<T> weight, Consumer<T> values, Consumer<ImportError> rejected)
			throws IOException {
		BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
		Producer<T> producer = new Producer<>(reader, weight, queue);
		Thread thread = new Thread(producer, "import-reader");
		thread.setDaemon(true);
		thread.start();
		try {
			consume(queue, values, rejected);
		}
		finally {
			thread.interrupt();
			join(thread);
		}
		producer.rethrow();
	}

	@SuppressWarnings("unchecked")
	private static <T> void consume(BlockingQueue<List<Object>> queue, Consumer<T> values,
			Consumer<ImportError> rejected) {
		for (List<Object> chunk = take(queue); chunk != END; chunk = take(queue)) {
			for (Object read : chunk) {
				if (read instanceof ImportError error) {
					rejected.accept(error);
				}
				else {
					values.accept((T) read);
				}
			}
		}
	}

	private static List<Object> take(BlockingQueue<List<Object>> queue) {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while importing", ex);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The reading thread: fills chunks, and always ends the queue, failed or not. */
	private static final class Producer<T> implements Runnable {

		private final Reader<T> reader;

		private final ToLongFunction<T> weight;

		private final BlockingQueue<List<Object>> queue;

		private List<Object> chunk = new ArrayList<>(CHUNK);

		private long characters;

		private volatile Throwable failure;

		Producer(Reader<T> reader, ToLongFunction<T> weight, BlockingQueue<List<Object>> queue) {
			this.reader = reader;
			this.weight = weight;
			this.queue = queue;
		}

		@Override
		public void run() {
			try {
				reader.read(value -> add(value, weight.applyAsLong(value)), error -> add(error, ImportError.MAX_ECHO));
				put(chunk);
			}
			catch (Stopped ex) {
				return;
			}
			catch (Throwable ex) {
				failure = ex;
			}
			try {
				put(END);
			}
			catch (Stopped ex) {
				// the consumer is gone; nobody waits for the end
			}
		}

		private void add(Object read, long weight) {
			chunk.add(read);
			characters += weight;
			if (chunk.size() == CHUNK || characters >= CHUNK_CHARACTERS) {
				put(chunk);
				chunk = new ArrayList<>(CHUNK);
				characters = 0;
			}
		}

		private void put(List<Object> full) {
			try {
				queue.put(full);
			}
			catch (InterruptedException ex) {
				throw new Stopped();
			}
		}

		void rethrow() throws IOException {
			Throwable failed = failure;
			if (failed instanceof IOException io) {
				throw io;
			}
			if (failed instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failed instanceof Error error) {
				throw error;
			}
			if (failed != null) {
				throw new UncheckedIOException(new IOException(failed));
			}
		}

	}

	/** The consumer stopped (it failed): the reader gives up quietly. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}

	}

}

package io.kefu.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Measures imports end to end on generated files of a realistic shape: a GBK Taobao 订单报表
 * and a Qianniu clipboard chat, each imported into a new shop of the configured database.
 */
public interface ImportBenchmark {

	List<Measurement> run(int orders, int messages, Path workDir);

	/**
	 * One file's import: rows per second, the heap's peak while it ran, and how long
	 * merely reading the file ({@code cat FILE > /dev/null}) took in the same run, the
	 * physical floor.
	 */
	record Measurement(String file, long bytes, long rows, double seconds, double catSeconds, long peakHeapBytes,
			FileReport report) {

		public double rowsPerSecond() {
			return rows / seconds;
		}
	}

}

package io.kefu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.Imports;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

/**
 * {@code bench imports}: measures imports end to end on generated files of a realistic
 * shape, a GBK Taobao 订单报表 and a Qianniu clipboard chat, each imported into a new shop of
 * the configured database, each timed beside a plain read of the same file.
 */
public class ImportBench {

	/**
	 * One file's import: rows per second, the heap's peak while it ran, and how long
	 * merely reading the file ({@code cat FILE > /dev/null}) took in the same run, the
	 * physical floor.
	 */
	public record Measurement(String file, long bytes, long rows, double seconds, double catSeconds, long peakHeapBytes,
			FileReport report) {

		public double rowsPerSecond() {
			return rows / seconds;
		}
	}

	private final Shops shops;

	private final Imports imports;

	ImportBench(Shops shops, Imports imports) {
		this.shops = shops;
		this.imports = imports;
	}

	public List<Measurement> run(int orders, int messages, Path workDir) {
		try {
			Files.createDirectories(workDir);
			List<Path> files = List.of(ImportBenchFiles.orderReport(workDir, orders, 1),
					ImportBenchFiles.qianniuChat(workDir, messages, 2));
			long shopId = shops.open(NewShop.of("基准测试店" + Instant.now().toEpochMilli(), Platform.TMALL)).id().value();
			List<Measurement> measurements = new ArrayList<>();
			for (Path file : files) {
				measurements.add(measure(shopId, file));
			}
			return measurements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Measurement measure(long shopId, Path file) throws IOException {
		double catSeconds = cat(file);
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		FileReport report = imports.importFile(ShopId.of(shopId), file, file.getFileName().toString(), null, false);
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Measurement(file.getFileName().toString(), Files.size(file), report.read(), seconds, catSeconds,
				peak, report);
	}

	private static double cat(Path file) throws IOException {
		long start = System.nanoTime();
		Process cat = new ProcessBuilder("cat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			cat.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while timing cat", ex);
		}
		return (System.nanoTime() - start) / 1e9;
	}

}

package io.kefu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures this process (the server under load) over a window: CPU seconds per second
 * ({@code getProcessCpuTime}) and the largest heap in use, sampled every 100 ms; beside
 * it, how busy the whole machine was (Linux {@code /proc/stat}), which includes
 * PostgreSQL and the load client.
 */
final class ServerGauge {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private long cpuStart;

	private long wallStart;

	private long[] machineStart;

	private volatile long peakHeap;

	private volatile boolean sampling;

	private Thread sampler;

	void start() {
		peakHeap = memory.getHeapMemoryUsage().getUsed();
		sampling = true;
		sampler = new Thread(() -> {
			while (sampling) {
				peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "bench-heap");
		sampler.setDaemon(true);
		sampler.start();
		machineStart = machineTicks();
		cpuStart = processCpuNanos();
		wallStart = System.nanoTime();
	}

	Reading stop() {
		long wall = System.nanoTime() - wallStart;
		long cpu = processCpuNanos() - cpuStart;
		long[] machineEnd = machineTicks();
		sampling = false;
		sampler.interrupt();
		double machine = Double.NaN;
		if (machineStart != null && machineEnd != null && machineEnd[1] > machineStart[1]) {
			machine = Runtime.getRuntime().availableProcessors() * (machineEnd[0] - machineStart[0])
					/ (double) (machineEnd[1] - machineStart[1]);
		}
		return new Reading(cpu / (double) wall, peakHeap, machine,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/**
	 * @param cpuCores the server's CPU seconds per second
	 * @param machineCores every process's, this one's included
	 * @param loadAverage the machine's one-minute load average at the end
	 */
	record Reading(double cpuCores, long peakHeapBytes, double machineCores, double loadAverage) {
	}

	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	/** Busy and total jiffies of all cores, or null off Linux. */
	private static long[] machineTicks() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			long idle = 0;
			for (int i = 1; i < Math.min(fields.length, 9); i++) {
				long value = Long.parseLong(fields[i]);
				total += value;
				// user nice system idle iowait irq softirq steal; guest time is inside
				// user
				if (i == 4 || i == 5) {
					idle += value;
				}
			}
			return new long[] { total - idle, total };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}

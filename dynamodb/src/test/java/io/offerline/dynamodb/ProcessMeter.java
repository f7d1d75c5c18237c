package io.offerline.dynamodb;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The JVM's CPU time and the bytes its threads allocated between {@link #start()} and
 * {@link #stop()}: every thread, so the parallel Queries, the SDK's parsing, the aggregation and
 * the collector are counted. Allocation does not depend on the machine's load; CPU time does.
 */
final class ProcessMeter {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long cpuStart;
    private long allocatedStart;
    double cpuMillis;
    long allocatedBytes;

    void start() {
        allocatedStart = allocated();
        cpuStart = PROCESS.getProcessCpuTime();
    }

    void stop() {
        cpuMillis = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
        allocatedBytes = allocated() - allocatedStart;
    }

    /** Bytes allocated so far by the live threads; the query threads are a fixed pool, so none dies between start and stop. */
    private static long allocated() {
        return Arrays.stream(THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())).filter(bytes -> bytes > 0).sum();
    }
}

package io.github.sip2kit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Memory figures of a JVM: heap used and committed ({@link MemoryMXBean}), and the resident set size of a process
 * ({@code VmRSS} in {@code /proc/<pid>/status}, Linux only).
 *
 * @param heapUsed heap bytes in use, live or not yet collected
 * @param heapCommitted heap bytes the JVM has reserved from the OS
 * @param nonHeapUsed non-heap bytes in use (metaspace, code cache)
 * @param rss resident set size of the process in bytes, or -1 where {@code /proc} cannot be read
 */
record ProcessMemory(long heapUsed, long heapCommitted, long nonHeapUsed, long rss) {

    private static final long MB = 1024 * 1024;

    /** {@return this JVM's memory now} */
    static ProcessMemory current() {
        MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = bean.getHeapMemoryUsage();
        return new ProcessMemory(heap.getUsed(), heap.getCommitted(), bean.getNonHeapMemoryUsage().getUsed(),
                rss(ProcessHandle.current().pid()));
    }

    /** {@return this JVM's memory after a full collection, so that heap used is close to the live set} */
    static ProcessMemory afterGc() {
        System.gc();
        System.gc();
        return current();
    }

    /**
     * {@return the resident set size of a process in bytes, or -1 where it cannot be read}
     *
     * @param pid the process id
     */
    static long rss(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"),
                    StandardCharsets.US_ASCII);
            for (String line : lines) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** {@return the line the server process prints for a stats request, read back by {@link #parse}} */
    String toLine() {
        return "MEMORY " + heapUsed + " " + heapCommitted + " " + nonHeapUsed + " " + rss;
    }

    /**
     * {@return the figures printed by {@link #toLine()}}
     *
     * @param line the line
     */
    static ProcessMemory parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 5 || !parts[0].equals("MEMORY")) {
            throw new IllegalArgumentException("memory line: " + line + " (expected: MEMORY used committed nonHeap rss)");
        }
        return new ProcessMemory(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                Long.parseLong(parts[4]));
    }

    /** {@return the figures in MB, for reports} */
    String describe() {
        return String.format(Locale.ROOT, "heap used %.1f MB, heap committed %.1f MB, non-heap used %.1f MB, RSS %s",
                heapUsed / (double) MB, heapCommitted / (double) MB, nonHeapUsed / (double) MB, mb(rss));
    }

    /** {@return bytes as MB with one decimal, or "n/a" for a negative value} */
    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}

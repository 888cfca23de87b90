package io.github.sip2kit.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the load tools print about the machine and the JVM, so that a result can be read with its conditions. */
final class RunInfo {

    private RunInfo() {}

    /** {@return the JVM, its flags, the processors and the load average, one item a line} */
    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "\nJVM flags: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                + "\nMax heap: " + ProcessMemory.mb(runtime.maxMemory())
                + ", processors: " + runtime.availableProcessors()
                + ", GC: " + gcNames()
                + "\nLoad average (1, 5, 15 min): " + loadAverage();
    }

    /** {@return the first three fields of {@code /proc/loadavg}, or the JVM's 1-minute figure} */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** {@return the total number of collections so far, over all collectors} */
    static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /** {@return the total collection time so far in milliseconds, over all collectors} */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** {@return the CPU time this process has used, in nanoseconds, or -1 where the JVM does not say} */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    private static String gcNames() {
        StringBuilder names = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(gc.getName());
        }
        return names.toString();
    }
}

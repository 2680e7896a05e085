package dev.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Describes the machine and runtime, from {@code /proc} where there is one. */
final class Machines {
    private Machines() {}

    static BenchReport.Machine describe(String duckdbVersion) {
        String cpu = "unknown";
        long memory = -1;
        try {
            List<String> cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
            cpu = cpuinfo.stream().filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("MemTotal:")) {
                    memory = Long.parseLong(line.substring("MemTotal:".length()).replace("kB", "").strip()) * 1024;
                }
            }
        }
        catch (IOException | RuntimeException e) {
            // Not Linux: what the JVM knows.
        }
        if (memory < 0 && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String arguments = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), cpu, memory, os, java, arguments, Runtime.getRuntime().maxMemory(),
                duckdbVersion);
    }
}

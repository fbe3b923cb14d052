package dev.aliendb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A description of the machine, JVM and load for reports (Linux /proc where available). */
final class MachineInfo {

    private MachineInfo() {}

    static String cpu() {
        try {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
            return model + ", " + Runtime.getRuntime().availableProcessors() + " CPUs available";
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors() + " CPUs available";
        }
    }

    static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MiB RAM").findFirst().orElse("");
        } catch (IOException e) {
            return "RAM unknown";
        }
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + f[0] + " / " + f[1] + " / " + f[2] + " (1/5/15 min)";
        } catch (IOException e) {
            return "load unknown";
        }
    }

    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vm.vendor") + "), children run with -Xmx2g";
    }
}

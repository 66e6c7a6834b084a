package org.migrationtracker.benchmark.load;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The live objects of this JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them (it collects first):
 * what grew between two moments tells where a session's heap goes.
 */
final class HeapHistogram {

    /** One class's growth: bytes and objects more than before. */
    record Growth(String className, long bytes, long objects) {
    }

    private record Count(long objects, long bytes) {
    }

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final Map<String, Count> counts;

    private HeapHistogram(Map<String, Count> counts) {
        this.counts = counts;
    }

    /** The live objects now (after the full collection the histogram makes). */
    static HeapHistogram now() {
        try {
            var text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
            return parse(text);
        } catch (JMException failed) {
            throw new IllegalStateException("no class histogram from this JVM", failed);
        }
    }

    static HeapHistogram parse(String text) {
        var counts = new HashMap<String, Count>();
        for (var line : text.split("\n")) {
            var match = LINE.matcher(line);
            if (match.matches()) {
                counts.merge(match.group(3), new Count(Long.parseLong(match.group(1)), Long.parseLong(match.group(2))),
                        (a, b) -> new Count(a.objects() + b.objects(), a.bytes() + b.bytes()));
            }
        }
        return new HeapHistogram(counts);
    }

    /** The classes that grew most from {@code before} to {@code after}, largest first. */
    static List<Growth> growth(HeapHistogram before, HeapHistogram after, int limit) {
        return after.counts.entrySet().stream().map(entry -> {
                    var was = before.counts.getOrDefault(entry.getKey(), new Count(0, 0));
                    return new Growth(entry.getKey(), entry.getValue().bytes() - was.bytes(), entry.getValue().objects() - was.objects());
                })
                .filter(growth -> growth.bytes() > 0)
                .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                .limit(limit)
                .toList();
    }
}

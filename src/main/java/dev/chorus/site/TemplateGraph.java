package dev.chorus.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates and what each pulls in with {@code #import} and {@code #include}, so a page
 * depends on its template and everything that template uses, and on nothing else: editing
 * speaker.ftlh makes the speaker pages again, not the articles.
 */
final class TemplateGraph {
    private static final Pattern USES = Pattern.compile("[<\\[]#(?:import|include)\\s+\"([^\"]+)\"");

    private final Map<String, byte[]> contents = new HashMap<>();
    private final Map<String, Set<String>> uses = new HashMap<>();
    private final Map<String, String> closureHashes = new java.util.concurrent.ConcurrentHashMap<>();

    TemplateGraph(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!name.contains(".ft")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                contents.put(name, bytes);
                Set<String> used = new TreeSet<>();
                Matcher m = USES.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(resolve(name, m.group(1)));
                }
                uses.put(name, used);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resolve(String from, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        int slash = from.lastIndexOf('/');
        return slash < 0 ? target : Path.of(from.substring(0, slash), target).normalize().toString().replace('\\', '/');
    }

    /** A hash of the template and every template it reaches; "missing" parts count too. */
    String closureHash(String name) {
        return closureHashes.computeIfAbsent(name, n -> {
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.add(n);
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (seen.add(t)) {
                    todo.addAll(uses.getOrDefault(t, Set.of()));
                }
            }
            Versions.Hasher h = new Versions.Hasher();
            for (String t : seen) {
                byte[] c = contents.get(t);
                h.add(t).add(c == null ? "missing".getBytes(StandardCharsets.UTF_8) : c);
            }
            return h.hex();
        });
    }
}

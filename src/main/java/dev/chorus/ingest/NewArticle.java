package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import dev.chorus.model.UsageException;
import dev.chorus.text.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new Markdown article for {@code chorus new}: {@code NNN_<slug>.md}, numbered after the
 * highest number in the folder, with front matter that {@link FrontMatterParser} reads back.
 */
public final class NewArticle {
    static final String PLACEHOLDER = "Write the article here.";
    private static final Pattern NUMBERED = Pattern.compile("(\\d{3,})_.*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String title;
    private final LocalDate date;
    private final List<String> speakers;
    private final List<String> themes;

    /** @throws UsageException when the title is empty */
    public NewArticle(String title, LocalDate date, List<String> speakers, List<String> themes) {
        this.title = oneLine(title);
        if (this.title.isEmpty()) {
            throw new UsageException("the title is empty; write it in quotes: chorus new \"Title of the piece\"");
        }
        this.date = date;
        this.speakers = speakers.stream().map(NewArticle::oneLine).filter(s -> !s.isEmpty()).toList();
        this.themes = themes.stream().map(NewArticle::oneLine).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Writes the article into {@code folder} (created if missing) and returns its path.
     *
     * @throws UsageException when the file exists: an article is never overwritten
     */
    public Path writeInto(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(folder.toString()), "cannot create the folder: " + e.getMessage());
        }
        Path file = folder.resolve(nextNumber(folder) + "_" + Slugs.of(title) + ".md");
        write(file);
        return file;
    }

    /** Writes to exactly this path, refusing to replace anything already there. */
    void write(Path file) {
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(file + " already exists; Chorus never overwrites an article. "
                    + "Run the command again or choose another title");
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(file.toString()), "cannot write the article: " + e.getMessage());
        }
    }

    /** The next free three-digit number after the highest {@code NNN_} prefix in the folder; 001 at first. */
    static String nextNumber(Path folder) {
        long highest = 0;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                Matcher m = NUMBERED.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).length() <= 18) {
                    highest = Math.max(highest, Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.format("%03d", highest + 1);
    }

    /** Front matter written by the YAML library, so any title comes back exactly as given. */
    String text() {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", title);
        fm.put("date", date.toString());
        if (!speakers.isEmpty()) {
            fm.put("speakers", speakers);
        }
        if (!themes.isEmpty()) {
            fm.put("themes", themes);
        }
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
        try {
            return "---\n" + yaml.writeValueAsString(fm) + "---\n\n" + PLACEHOLDER + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }
}

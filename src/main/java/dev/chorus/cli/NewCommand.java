package dev.chorus.cli;

import dev.chorus.ingest.NewArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a Markdown article in the source folder, NNN_<slug>.md numbered after the last one, "
                + "with its front matter filled in, and prints its path.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TITLE", description = "The title, in quotes.")
    String title;

    @Option(names = "--speaker", paramLabel = "NAME", description = "A person quoted in the article; repeat for more.")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "SLUG", description = "A theme of the article; repeat for more.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of articles (default: ${DEFAULT-VALUE}/).")
    Path source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today).")
    LocalDate date;

    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        NewArticle article = new NewArticle(title, date != null ? date : LocalDate.now(), speakers, themes);
        spec.commandLine().getOut().println(article.writeInto(source));
        return 0;
    }
}

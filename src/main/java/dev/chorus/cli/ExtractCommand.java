package dev.chorus.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chorus.config.SiteConfig;
import dev.chorus.extract.Extraction;
import dev.chorus.extract.Extractor;
import dev.chorus.ingest.FrontMatterParser;
import dev.chorus.ingest.SourceReader;
import dev.chorus.model.Article;
import dev.chorus.site.DigestJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what Chorus extracts from article files (title, headings, paragraphs, "
                + "quotes and speakers, FAQ, themes) as one JSON array, one object per file.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .md or .html).")
    List<Path> files;

    @Mixin
    ConfigOptions config;

    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteConfig site = config.load();
        Extractor extractor = new Extractor(site);
        SourceReader reader = new SourceReader(Path.of(""), site.maxFileSize());
        FrontMatterParser frontMatter = new FrontMatterParser();
        List<Object> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path f : files) {
            Extraction e = extractor.extract(frontMatter.parse(reader.read(f)));
            warnings.addAll(e.warnings());
            Article a = e.article();
            out.add(DigestJson.extractView(f.getFileName().toString(), a));
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        spec.commandLine().getOut().println(json.writer(printer).writeValueAsString(out));
        // on standard error, as build prints them, so the JSON on standard output stays clean
        BuildCommand.printWarnings(spec.commandLine().getErr(), warnings);
        return 0;
    }
}

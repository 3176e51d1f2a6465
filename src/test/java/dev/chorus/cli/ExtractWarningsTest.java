package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract prints the warnings build would, on standard error, and keeps standard output pure JSON. */
class ExtractWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void aQuoteWithNoSpeakerIsReportedOnStandardErrorWithItsLine() throws Exception {
        Path f = Files.writeString(tmp.resolve("unattributed.txt"), """
                Rain Again in the Valley

                The rain came back on Tuesday.

                “Nobody expected this much water in one week,” was the line repeated all over town.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"extract", f.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertEquals(1, new ObjectMapper().readTree(out.toString()).size(), "stdout is the JSON alone");
        assertTrue(err.toString().contains("warning: " + f + ":5: no speaker found for the quote"), err.toString());
    }
}

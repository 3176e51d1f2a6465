package dev.chorus.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpTest {

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "check", "extract"}) {
            Cli.Run r = Cli.run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Usage: chorus " + command), r.out());
        }
        Cli.Run top = Cli.run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("build") && top.out().contains("check") && top.out().contains("extract"));
    }

    @Test
    void buildHelpNamesEveryOption() {
        String out = Cli.run("build", "--help").out();
        for (String option : new String[] {"--source", "--out", "--config", "--base-url", "--templates", "--drafts", "--check", "--verbose"}) {
            assertTrue(out.contains(option), option);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run r = Cli.run("build", "--nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--nope"), r.err());
    }

    @Test
    void baseUrlMustBeAbsolute() {
        Cli.Run r = Cli.run("build", "--base-url", "example.org", "--out", "target/never");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--base-url must be an absolute"), r.err());
    }
}

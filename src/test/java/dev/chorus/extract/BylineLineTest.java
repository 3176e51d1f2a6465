package dev.chorus.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bylines of pages copied from a browser, and the lines that only look like them. */
class BylineLineTest {

    @Test
    void aPastedPagesBylineNamesItsWriters() {
        Map<String, List<String>> lines = Map.ofEntries(
                Map.entry("By Kevin Mutua", List.of("Kevin Mutua")),
                Map.entry("By Julia Ferreira, Parliamentary Bureau", List.of("Julia Ferreira")),
                Map.entry("By Owen Treloar | Published 21 November 2026", List.of("Owen Treloar")),
                Map.entry("By Adaeze Nwosu and Kunle Ajayi", List.of("Adaeze Nwosu", "Kunle Ajayi")),
                Map.entry("By RENATA SILVA", List.of("Renata Silva")),
                Map.entry("By DEREK HOLLOWAY Meridian Wire", List.of("Derek Holloway")),
                Map.entry("By KATIE DRUMMOND | kdrummond@ledger-gazette.example", List.of("Katie Drummond")),
                Map.entry("Words by Fraser Lennox | Photographs by Isla Kerr", List.of("Fraser Lennox")),
                Map.entry("By Tom De Garis, political reporter", List.of("Tom De Garis")),
                Map.entry("By Ana Lucia Ferrante, Staff Writer", List.of("Ana Lucia Ferrante")),
                Map.entry("By Priya Nair Staff Reporter", List.of("Priya Nair")));
        for (var e : lines.entrySet()) {
            assertEquals(e.getValue(), BylineLine.of(e.getKey()), e.getKey());
        }
    }

    @Test
    void aSentenceOrADeskWithNoNameIsNoByline() {
        for (String line : List.of("By mid-morning, placards had been hung from the gates.",
                "By the 1970s his guitars were being played by many of the leading performers of the day.",
                "By Sunday evening, nine of the 14 huts had been rebuilt.", "By Court Reporter", "By Staff Writer",
                "By The Associated Press", "By Reuters", "By Tuesday")) {
            assertEquals(List.of(), BylineLine.of(line), line);
        }
    }
}

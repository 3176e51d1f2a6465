package dev.chorus.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date lines of pages copied from a browser, in the shapes newsrooms print them. */
class DateLineTest {

    @Test
    void aPastedPagesDateLineGivesItsDateInTheShapesNewsroomsPrintIt() {
        Map<String, String> lines = Map.ofEntries(
                Map.entry("Published November 21, 2026 at 6:42 a.m. ET | Updated 9:15 a.m. ET", "2026-11-21"),
                Map.entry("Saturday, November 21, 2026 | 8:05 am", "2026-11-21"),
                Map.entry("Updated Nov 20, 2026, 7:10 pm SGT", "2026-11-20"),
                Map.entry("Sunday 22 November 2026, 9:41pm", "2026-11-22"),
                Map.entry("Updated: November 21, 2026 10:32 IST", "2026-11-21"),
                Map.entry("Accra, Saturday, 21 November 2026", "2026-11-21"),
                Map.entry("Published Nov 20, 2026 - Last updated 9 hours ago - 4 minute read", "2026-11-20"),
                Map.entry("MUMBAI, November 21, 2026 08:45 IST | Updated 12:10 IST", "2026-11-21"),
                Map.entry("Sunday, 22 November 2026, 6.47pm", "2026-11-22"),
                Map.entry("By Harriet Lisle-Morgan | Published 22 November 2026", "2026-11-22"),
                Map.entry("By Dana Whitcombe | Updated Nov. 19, 2026, 6:42 p.m. ET", "2026-11-19"),
                Map.entry("News | Local | Saturday 21 November 2026 | 4 comments", "2026-11-21"),
                Map.entry("Posted : 2026-11-20 16:04 | Updated : 2026-11-21 09:12", "2026-11-20"),
                Map.entry("Updated 5:14 PM PST, November 19, 2026", "2026-11-19"),
                Map.entry("Sun Nov 15 2026 - 06:00", "2026-11-15"),
                Map.entry("Shaun MacIsaac · Maritime News · Posted: Nov 21, 2026 6:00 AM AT", "2026-11-21"),
                Map.entry("Published on: November 16, 2026 18:30 (EAT)", "2026-11-16"),
                Map.entry("Published: 19:42, 17 Nov 2026 | Updated: 08:15, 18 Nov 2026", "2026-11-17"),
                Map.entry("Published: 10:48 PM CST November 18, 2026", "2026-11-18"),
                Map.entry("Posted Tue 4 Mar 2027 at 6:15am, updated Tue 4 Mar 2027 at 9:02am", "2027-03-04"),
                Map.entry("3 minute read | April 7, 2027 2:18 PM GMT", "2027-04-07"),
                Map.entry("Tue 17 Nov 2026 15.42 GMT", "2026-11-17"),
                Map.entry("19 October 2026 · 16 min read", "2026-10-19"),
                Map.entry("Saturday 15 November 2026 6:00 am", "2026-11-15"),
                Map.entry("Wednesday, 12 Nov 2026 7:15 AM MYT", "2026-11-12"),
                Map.entry("Pune | Updated: November 20, 2026 10:14 IST", "2026-11-20"),
                Map.entry("LIVEUpdated Dec. 9, 2025", "2025-12-09"),
                Map.entry("Originally Published: October 16, 2025 at 4:05 PM CDT", "2025-10-16"),
                Map.entry("November 17, 2026 — 5.30am", "2026-11-17"),
                Map.entry("Sept. 3, 2026", "2026-09-03"));
        List<String> wrong = new ArrayList<>();
        for (var e : lines.entrySet()) {
            LocalDate got = DateLine.of(e.getKey());
            if (got == null || !got.toString().equals(e.getValue())) {
                wrong.add(e.getKey() + " -> " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aSentenceWithADateInItIsNoDateLine() {
        for (String line : List.of(
                "On November 20, 2026, the council voted to close the pool.",
                "Olwen Mair Reece, conductor, born 3 March 1938; died 14 November 2026",
                "The hearing resumes on 3 December 2026.",
                "“We open on March 4, 2027,” she said.",
                "By Harriet Vossberg, film columnist. Published Nov. 18, 2026. 6 min read is no line of ours",
                "Mayor Linda Park, November 21, 2026 meeting minutes")) {
            assertEquals(null, DateLine.of(line), line);
        }
    }

    @Test
    void theDateIsTheFirstDateLineNearTheTopOfThePage() {
        List<RawBlock> blocks = List.of(RawBlock.text("Council closes the pool", 1), RawBlock.text("News", 3),
                RawBlock.text("The pool will shut on December 1, 2026, the council said on Tuesday.", 5),
                RawBlock.text("Posted Sat 21 Nov 2026 at 5:30am, updated Sat 21 Nov 2026 at 7:00am", 7),
                RawBlock.text("Updated November 22, 2026", 9));
        assertEquals(LocalDate.of(2026, 11, 21), DateLine.find(blocks));
    }
}

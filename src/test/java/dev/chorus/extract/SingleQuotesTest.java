package dev.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleQuotesTest {

    @Test
    void anArticleQuotingWithSingleMarksIsReadWithDoubleOnesAndItsNestedDoublesBecomeSingle() {
        List<String> in = List.of("'It was awful,' she said. 'I cried.'", "He called it 'a farce'. 'They said \"no\",' he added.");
        assertEquals(List.of("\"It was awful,\" she said. \"I cried.\"", "He called it \"a farce\". \"They said 'no',\" he added."),
                SingleQuotes.asDouble(in));
    }

    @Test
    void curlyMarksStayCurlyAndEveryOffsetStaysWhereItWas() {
        List<String> in = List.of("‘We won’t go,’ he said.", "‘Never,’ she said.");
        List<String> out = SingleQuotes.asDouble(in);
        assertEquals(List.of("“We won’t go,” he said.", "“Never,” she said."), out);
        assertEquals(in.get(0).length(), out.get(0).length());
    }

    @Test
    void apostrophesPossessivesAndDecadesAreNotMarks() {
        assertEquals(List.of(), SingleQuotes.spans("Don't touch the Smiths' car from the '90s, it's theirs."));
        assertEquals(List.of(0, 49), SingleQuotes.spans("'The parents' views matter and we'll review them.' he said"),
                "a possessive inside a quote that closes later in the paragraph");
    }

    @Test
    void aQuoteMayOpenOnAWordWithAnApostropheInItsSecondPlace() {
        assertEquals(List.of(8, 27), SingleQuotes.spans("He said 'I'm over the moon.'"));
        assertEquals(List.of(0, 14, 25, 40), SingleQuotes.spans("‘I’d go again,’ he said. ‘O’Neill knows.’"));
        assertEquals(List.of(), SingleQuotes.spans("They played rock 'n' roll all night"), "'n' is no quote");
    }

    @Test
    void anArticleQuotingWithDoubleMarksIsLeftAsItIs() {
        List<String> in = List.of("“He told me, ‘Don’t worry,’ and I believed him,” she said.", "“Yes,” he said.", "It was 'fine'.");
        assertSame(in, SingleQuotes.asDouble(in));
    }
}

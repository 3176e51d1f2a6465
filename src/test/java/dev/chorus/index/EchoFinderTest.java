package dev.chorus.index;

import dev.chorus.model.Article;
import dev.chorus.model.Kind;
import dev.chorus.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EchoFinderTest {

    private static boolean echo(String a, String b) {
        return EchoFinder.echoes(EchoFinder.words(a), EchoFinder.words(b));
    }

    @Test
    void identicalWordsEcho() {
        assertTrue(echo("destroying pure cinema from within", "Destroying pure cinema, from within!"));
    }

    @Test
    void smallEditsStillEcho() {
        assertTrue(echo("destroying pure cinema from within", "destroy pure cinema from within"));
        assertTrue(echo("we will never let the machines win this fight", "we will never let the machine win the fight"));
    }

    @Test
    void aQuoteInsideALongerOneEchoes() {
        assertTrue(echo("destroying pure cinema from within",
                "If we let AI dictate the creative process, we lose everything. It’s destroying pure cinema from within."));
    }

    @Test
    void commonShortPhrasesAndDifferentWordsDoNotEcho() {
        assertFalse(echo("I don't know", "I don't know"), "too short to be an echo");
        assertFalse(echo("I'm not going to either.", "I'm not going to either"), "words anyone says");
        assertFalse(echo("It is what it is, and we go again.", "It is what it is and we go again"), "words anyone says");
        assertTrue(echo("We will fight this ruling in every court", "we will fight this ruling in every court in the land"));
        assertFalse(echo("sooner rather than later", "sooner rather than later, we hope"), "an idiom");
        assertFalse(echo("AI will never understand that.", "That’s something a computer will never understand."));
        assertFalse(echo("the audience believed it because it was real", "the critics hated it because it was fake"));
    }

    private static Article article(String slug, String file, Quote... quotes) {
        return new Article(slug, file, slug, Kind.REPORT, false, null, "", null, List.of(), List.of(),
                List.of(quotes), new ArrayList<>(List.of(quotes).stream().map(Quote::speaker).distinct().toList()),
                List.of(), List.of(), List.of(), 100);
    }

    private static Quote quote(String text, String speaker, int number) {
        return new Quote(text, speaker, speaker.toLowerCase().replace(' ', '-'), 1, number, List.of());
    }

    @Test
    void echoesNeedDifferentSpeakersAndGroupEveryAttribution() {
        Article a = article("a", "a.txt", quote("destroying pure cinema from within", "Sylvester Stallone", 1));
        Article b = article("b", "b.txt", quote("destroy pure cinema from within", "Tom Hiddleston", 1),
                quote("It is destroying pure cinema from within.", "Tom Hiddleston", 2));
        Article c = article("c", "c.txt", quote("a completely different sentence about money", "Ann Lee", 1),
                quote("a completely different sentence about money", "Ann Lee", 2));
        List<Echo> echoes = new EchoFinder().find(List.of(a, b, c));
        assertEquals(1, echoes.size(), "the same speaker repeating themself is not an echo");
        assertEquals(3, echoes.get(0).quotes().size());
        assertEquals(List.of("Sylvester Stallone", "Tom Hiddleston"), echoes.get(0).speakers());
        assertEquals("destroy pure cinema from within", echoes.get(0).words());
    }
}

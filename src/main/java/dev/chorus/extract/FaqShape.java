package dev.chorus.extract;

import java.util.regex.Pattern;

/** How FAQ blocks look in scraped text and Markdown. */
final class FaqShape {
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(faqs?|frequently asked questions|questions and answers|q\\s*&\\s*a)\\s*:?");
    private static final Pattern QUESTION = Pattern.compile("^\\**\\s*(?:Q|Question)\\s*[:.]\\**\\s*(?<rest>.*)$");
    private static final Pattern ANSWER = Pattern.compile("^\\**\\s*(?:A|Answer)\\s*[:.]\\**\\s*(?<rest>.*)$");
    /** "Kettle: …", "Maureen Kettle: …": an interview's answer, labelled with who gives it. */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "^\\**\\p{Lu}[\\p{L}’'\\-]+(?: \\p{Lu}[\\p{L}’'\\-]+){0,2}\\**:\\**\\s+\\S.*", Pattern.DOTALL);

    /** "Ruling expected: January": a short labelled line of a fact box. */
    private static final Pattern FACT_LINE = Pattern.compile("^\\p{Lu}[\\p{L}’'\\- ]{0,30}: \\S.{0,100}$");

    private FaqShape() {
    }

    static boolean isHeading(String text) {
        return HEADING.matcher(text.strip()).matches();
    }

    static boolean isQuestion(String text) {
        return text.startsWith("Q") || text.startsWith("*") ? QUESTION.matcher(text).matches() && !rest(QUESTION, text).isEmpty() : false;
    }

    static boolean isAnswer(String text) {
        return text.startsWith("A") || text.startsWith("*") ? ANSWER.matcher(text).matches() && !rest(ANSWER, text).isEmpty() : false;
    }

    /**
     * An answer labelled with the name of the person interviewed: after "Q:" it makes the
     * exchange an interview, whose quotes matter, rather than an FAQ.
     */
    static boolean isNameLabelled(String text) {
        return NAME_LABEL.matcher(text).matches() && !isAnswer(text) && !isQuestion(text);
    }

    static boolean isFactLine(String text) {
        return FACT_LINE.matcher(text).matches() && !isAnswer(text) && !isQuestion(text);
    }

    static String question(String text) {
        return rest(QUESTION, text);
    }

    static String answer(String text) {
        return rest(ANSWER, text);
    }

    private static String rest(Pattern p, String text) {
        var m = p.matcher(text);
        return m.matches() ? m.group("rest").strip() : "";
    }
}

package dev.chorus.extract;

import dev.chorus.model.Faq;

import java.util.List;

/**
 * An article body with its parts told apart, before quotes are looked for.
 *
 * @param title  null when the body has none (front matter may still give one)
 * @param source a source URL found in the body ("Source: https://…"), or null
 */
record ShapedBody(String title, int titleLine, boolean opinion, List<ShapedBlock> blocks,
                  List<Faq> faq, String source) {

    record ShapedBlock(boolean heading, String text, String html, int line) {
    }
}

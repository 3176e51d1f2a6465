package dev.chorus.model;

/** One question and its answer from an article's FAQ block. */
public record Faq(String question, String answer) {
}

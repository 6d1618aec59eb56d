package io.kefu.scripts;

/**
 * A script suggested as the reply to a buyer's message, with its BM25 score (higher is a
 * closer match; comparable only within one suggestion list).
 */
public record ScriptSuggestion(Script script, double score) {
}

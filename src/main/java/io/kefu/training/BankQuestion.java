package io.kefu.training;

import org.jspecify.annotations.Nullable;

/**
 * A question of the shop's bank: generated from the catalogue or written by the trainer
 * ({@code authoredId} set), and whether the trainer retired it (a retired question is not
 * drawn).
 */
public record BankQuestion(QuizQuestion question, @Nullable Long authoredId, boolean retired) {
}

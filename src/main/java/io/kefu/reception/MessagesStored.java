package io.kefu.reception;

import java.time.Instant;

/**
 * Messages of a shop were stored, sent from {@code earliest} to {@code latest}: whatever
 * is computed from threads (figures, inspections) recomputes those days. Published inside
 * the storing transaction.
 */
public record MessagesStored(long shopId, Instant earliest, Instant latest) {
}

package io.kefu.background;

import java.time.LocalDate;

/**
 * One queued period of a shop's business days, {@code first} to {@code last} inclusive.
 */
public record QueuedDays(long id, long shopId, LocalDate first, LocalDate last) {
}

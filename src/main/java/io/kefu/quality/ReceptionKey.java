package io.kefu.quality;

import java.time.LocalDate;

/**
 * A reception as the figures key it: one agent, one buyer, one business day of a shop.
 */
public record ReceptionKey(long shopId, LocalDate day, long agentId, long buyerId) {
}

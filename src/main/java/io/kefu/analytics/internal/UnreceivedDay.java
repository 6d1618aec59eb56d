package io.kefu.analytics.internal;

import java.time.LocalDate;

/**
 * A buyer who wrote on a business day and whose runs, or some of them, nobody owned
 * (未接待).
 *
 * @param runs how many runs nobody owned
 * @param allCards whether every buyer message of those runs is a card: such a buyer-day
 * is not an unreceived consultation while empty chats are filtered
 */
record UnreceivedDay(long buyerId, LocalDate day, int runs, boolean allCards) {
}

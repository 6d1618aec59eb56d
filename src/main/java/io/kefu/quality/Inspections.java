package io.kefu.quality;

import java.time.LocalDate;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The stored inspections. Every reception is inspected when the figures store it (its
 * day's messages arrived, live or imported, or its days were computed again), with the
 * shop's rule settings of the moment.
 */
public interface Inspections {

	/**
	 * The inspections of the shop's business days {@code from} to {@code to}, of one
	 * agent or of all, by day, agent and buyer.
	 */
	List<StoredInspection> between(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId);

	/** The inspections of the period added up per agent and for the team. */
	QualitySummary summary(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId);

	/**
	 * Queues the period to be inspected again with the shop's current rule settings; the
	 * reviews of hits that are found again are kept.
	 */
	void inspectAgain(ShopId shopId, LocalDate from, LocalDate to);

	/**
	 * Inspects the period now, in the caller's thread: for the benchmark and for tests.
	 * @return the receptions inspected
	 */
	int inspectNow(ShopId shopId, LocalDate from, LocalDate to);

}

package io.kefu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.analytics.ReceptionLine;

import io.kefu.customer.BuyerId;
import io.kefu.staff.AgentId;

/**
 * An inquiry that did not order, as the figures found it: the buyer, the agent of the
 * reception, its business day and its first buyer message.
 */
public record InquiryLead(BuyerId buyer, AgentId agent, LocalDate day, Instant firstInAt) {

	/**
	 * The inquiries among these receptions whose buyer ordered nothing credited to the
	 * agent (DOMAIN.md 询单→下单).
	 */
	public static List<InquiryLead> of(List<ReceptionLine> receptions) {
		return receptions.stream()
			.filter(line -> line.inquiry() && !line.ordered())
			.map(line -> new InquiryLead(line.buyerId(), line.agentId(), line.day(), line.firstInAt()))
			.toList();
	}

}

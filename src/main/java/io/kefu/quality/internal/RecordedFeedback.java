package io.kefu.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.quality.BuyerFeedback;
import io.kefu.quality.BuyerFeedbacks;
import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.NewFeedback;
import io.kefu.quality.UnknownReviewTargetException;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordedFeedback implements BuyerFeedbacks {

	private static final int MAX_DAYS = 366;

	private final FeedbackStore store;

	private final Staff staff;

	private final Buyers buyers;

	private final Clock clock;

	RecordedFeedback(FeedbackStore store, Staff staff, Buyers buyers, Clock clock) {
		this.store = store;
		this.staff = staff;
		this.buyers = buyers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public BuyerFeedback record(ShopId shopId, NewFeedback feedback, AgentId recordedBy) {
		boolean agentOfShop = staff.inShop(shopId).stream().anyMatch(agent -> agent.id().equals(feedback.agentId()));
		if (!agentOfShop) {
			throw new InvalidReviewException("agentId", "not an agent of shop " + shopId + ": " + feedback.agentId());
		}
		BuyerId buyerId = feedback.buyerId();
		if (buyerId != null && buyers.find(buyerId).filter(buyer -> buyer.shopId().equals(shopId)).isEmpty()) {
			throw new InvalidReviewException("buyerId", "not a buyer of shop " + shopId + ": " + buyerId);
		}
		BuyerFeedback.Status status = feedback.kind() == BuyerFeedback.Kind.RATING ? BuyerFeedback.Status.RECORDED
				: BuyerFeedback.Status.PENDING;
		return store.add(shopId, feedback, status, recordedBy, clock.instant());
	}

	@Override
	@Transactional
	public BuyerFeedback uphold(ShopId shopId, long feedbackId) {
		return decide(shopId, feedbackId, BuyerFeedback::uphold);
	}

	@Override
	@Transactional
	public BuyerFeedback dismiss(ShopId shopId, long feedbackId) {
		return decide(shopId, feedbackId, BuyerFeedback::dismiss);
	}

	@Override
	public List<BuyerFeedback> between(ShopId shopId, LocalDate from, LocalDate to, @Nullable AgentId agentId) {
		if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("The period runs from a day to the same or a later one, at most "
					+ MAX_DAYS + " days: " + from + " to " + to);
		}
		return store.between(shopId, from, to, agentId);
	}

	private BuyerFeedback decide(ShopId shopId, long feedbackId, UnaryOperator<BuyerFeedback> decision) {
		BuyerFeedback found = store.lock(shopId, feedbackId)
			.orElseThrow(() -> new UnknownReviewTargetException("Shop " + shopId + " has no feedback " + feedbackId));
		BuyerFeedback decided = decision.apply(found);
		store.changeStatus(decided);
		return decided;
	}

}

package io.kefu.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.kefu.analytics.Figures;
import io.kefu.analytics.ReceptionDetail;
import io.kefu.customer.BuyerId;
import io.kefu.quality.Disputes;
import io.kefu.quality.InspectionNote;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.ReceptionReview;
import io.kefu.quality.Reviews;
import io.kefu.quality.Rule;
import io.kefu.quality.Scorecard;
import io.kefu.quality.Settlement;
import io.kefu.quality.StoredInspection;
import io.kefu.quality.UnknownReviewTargetException;
import io.kefu.reception.Messages;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews kept beside the inspections. Each change of a hit holds the reception's
 * inspection row, so that two people pressing at once take turns and the second sees what
 * the first did (a second dispute is refused, not lost).
 */
@Service
class StoredReviews implements Reviews {

	private final InspectionStore inspections;

	private final ReviewStore reviews;

	private final FeedbackStore feedback;

	private final Figures figures;

	private final Messages messages;

	private final Clock clock;

	StoredReviews(InspectionStore inspections, ReviewStore reviews, FeedbackStore feedback, Figures figures,
			Messages messages, Clock clock) {
		this.inspections = inspections;
		this.reviews = reviews;
		this.feedback = feedback;
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public ReceptionReview review(ReceptionKey key) {
		StoredInspection inspection = inspections.find(key, false).orElseThrow(() -> notInspected(key));
		List<ReceptionDetail.TranscriptLine> day = figures
			.reception(key.shopId(), key.agentId(), key.buyerId(), key.day(), null)
			.map(ReceptionDetail::transcript)
			.orElse(List.of());
		return ReceptionReview.of(inspection, day, reviews.notes(key), reviews.scorecard(key).orElse(null),
				feedback.ofReception(key));
	}

	@Override
	public Disputes disputesWaiting(ShopId shopId, @Nullable AgentId agentId) {
		return reviews.disputesWaiting(shopId, agentId);
	}

	@Override
	@Transactional
	public StoredInspection markWrong(ReceptionKey key, Rule rule, long messageId, AgentId supervisorId) {
		return change(key, rule, messageId, review -> review.markWrong(supervisorId.value(), now()));
	}

	@Override
	@Transactional
	public StoredInspection undoWrong(ReceptionKey key, Rule rule, long messageId) {
		return change(key, rule, messageId, HitReview::undoWrong);
	}

	@Override
	@Transactional
	public StoredInspection dispute(ReceptionKey key, Rule rule, long messageId, @Nullable String reason) {
		return change(key, rule, messageId, review -> review.dispute(reason, now()));
	}

	@Override
	@Transactional
	public StoredInspection settle(ReceptionKey key, Rule rule, long messageId, Settlement settlement,
			AgentId supervisorId) {
		return change(key, rule, messageId, review -> review.settle(settlement, supervisorId.value(), now()));
	}

	@Override
	@Transactional
	public InspectionNote annotate(ReceptionKey key, long messageId, @Nullable String text, AgentId authorId) {
		String checked = InspectionNote.checkedText(text);
		inspections.find(key, false).orElseThrow(() -> notInspected(key));
		boolean ofThread = messages.thread(key.shopId(), key.buyerId())
			.stream()
			.anyMatch(message -> message.id() == messageId);
		if (!ofThread) {
			throw new UnknownReviewTargetException(
					"Message " + messageId + " is not of the buyer's thread of reception " + describe(key));
		}
		return reviews.addNote(key, messageId, authorId, checked, now());
	}

	@Override
	@Transactional
	public Scorecard score(ReceptionKey key, Map<ReceptionStep, Integer> marks, @Nullable String comment,
			AgentId reviewerId) {
		Scorecard scorecard = Scorecard.of(marks, comment, reviewerId, now());
		inspections.find(key, true).orElseThrow(() -> notInspected(key));
		reviews.saveScorecard(key, scorecard);
		return scorecard;
	}

	private StoredInspection change(ReceptionKey key, Rule rule, long messageId, Consumer<HitReview> transition) {
		StoredInspection inspection = inspections.find(key, true).orElseThrow(() -> notInspected(key));
		boolean found = inspection.hits().stream().anyMatch(hit -> hit.rule() == rule && hit.messageId() == messageId);
		if (!found) {
			throw new UnknownReviewTargetException(
					"Reception " + describe(key) + " has no " + rule + " hit on message " + messageId);
		}
		HitReview review = reviews.hit(key, rule, messageId);
		transition.accept(review);
		reviews.save(key, rule, messageId, review);
		return inspections.find(key, false).orElseThrow(() -> notInspected(key));
	}

	private Instant now() {
		return clock.instant();
	}

	private static UnknownReviewTargetException notInspected(ReceptionKey key) {
		return new UnknownReviewTargetException("No inspection of reception " + describe(key));
	}

	private static String describe(ReceptionKey key) {
		return key.day() + "/" + key.agentId().value() + "/" + key.buyerId().value() + " of shop "
				+ key.shopId().value();
	}

}

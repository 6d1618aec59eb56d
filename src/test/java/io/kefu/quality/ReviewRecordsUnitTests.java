package io.kefu.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kefu.analytics.ReceptionDetail;
import io.kefu.customer.BuyerId;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.ReceptionStep;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review's plain parts: placing hits and notes, scorecards, feedback and 低评. */
class ReviewRecordsUnitTests {

	static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

	static final ReceptionKey KEY = new ReceptionKey(ShopId.of(1), LocalDate.of(2026, 3, 2), AgentId.of(5),
			BuyerId.of(9));

	@Test
	void eachHitAndNoteIsPlacedOnItsMessageAndTheGravestCountingHitColoursIt() {
		StoredInspection inspection = StoredInspection.of(KEY, 0, AT,
				List.of(hit(Rule.LONE_SYLLABLE, 11, Severity.MINOR, HitStatus.STANDING),
						hit(Rule.OFF_PLATFORM, 11, Severity.SEVERE, HitStatus.WRONG),
						hit(Rule.NO_FAREWELL, 12, Severity.MINOR, HitStatus.DISPUTED),
						hit(Rule.RUDE, 99, Severity.SEVERE, HitStatus.STANDING)));
		List<InspectionNote> notes = List.of(new InspectionNote(1, 12, AgentId.of(7), "语气生硬", AT),
				new InspectionNote(2, 50, AgentId.of(7), "前一天的消息", AT));

		ReceptionReview review = ReceptionReview.of(inspection,
				List.of(line(10, Direction.IN, "在吗"), line(11, Direction.OUT, "在"), line(12, Direction.OUT, "好")),
				notes, null, List.of());

		assertThat(review.transcript()).extracting(ReceptionReview.Line::messageId).containsExactly(10L, 11L, 12L);
		assertThat(review.transcript().get(0).hits()).isEmpty();
		assertThat(review.transcript().get(0).severity()).isNull();
		assertThat(review.transcript().get(1).hits()).extracting(StoredInspection.Hit::rule)
			.containsExactly(Rule.LONE_SYLLABLE, Rule.OFF_PLATFORM);
		// the severe hit was marked wrong: the minor one colours the message
		assertThat(review.transcript().get(1).severity()).isEqualTo(Severity.MINOR);
		assertThat(review.transcript().get(2).notes()).extracting(InspectionNote::text).containsExactly("语气生硬");
		assertThat(review.unplacedHits()).extracting(StoredInspection.Hit::rule).containsExactly(Rule.RUDE);
		assertThat(review.unplacedNotes()).extracting(InspectionNote::id).containsExactly(2L);
		assertThat(review.inspection().score()).isEqualTo(100 - 2 - 3 - 20);
	}

	@Test
	void aScorecardMarksStepsZeroToFiveInTheirOrderAndMayLeaveStepsOut() {
		Scorecard card = Scorecard.of(Map.of(ReceptionStep.FAREWELL, 2, ReceptionStep.GREETING, 5), " 问好及时 ",
				AgentId.of(7), AT);

		assertThat(card.marks().keySet()).containsExactly(ReceptionStep.GREETING, ReceptionStep.FAREWELL);
		assertThat(card.mark(ReceptionStep.NEGOTIATION)).isNull();
		assertThat(card.total()).isEqualTo(7);
		assertThat(card.possible()).isEqualTo(10);
		assertThat(card.comment()).isEqualTo("问好及时");
		assertThatThrownBy(() -> Scorecard.of(Map.of(ReceptionStep.HELP, 6), "", AgentId.of(7), AT))
			.isInstanceOfSatisfying(InvalidReviewException.class, ex -> assertThat(ex.field()).isEqualTo("marks.HELP"));
		assertThatThrownBy(() -> Scorecard.of(Map.of(ReceptionStep.HELP, -1), "", AgentId.of(7), AT))
			.isInstanceOf(InvalidReviewException.class);
		assertThatThrownBy(() -> Scorecard.of(Map.of(), "长".repeat(1001), AgentId.of(7), AT))
			.isInstanceOfSatisfying(InvalidReviewException.class, ex -> assertThat(ex.field()).isEqualTo("comment"));
	}

	@Test
	void aLowRatingIsOneOrTwoStarsOrAnUpheldComplaint() {
		assertThat(feedback(BuyerFeedback.Kind.RATING, 1, BuyerFeedback.Status.RECORDED).isLow()).isTrue();
		assertThat(feedback(BuyerFeedback.Kind.RATING, 2, BuyerFeedback.Status.RECORDED).isLow()).isTrue();
		assertThat(feedback(BuyerFeedback.Kind.RATING, 3, BuyerFeedback.Status.RECORDED).isLow()).isFalse();
		BuyerFeedback complaint = feedback(BuyerFeedback.Kind.COMPLAINT, null, BuyerFeedback.Status.PENDING);
		assertThat(complaint.isLow()).isFalse();
		assertThat(complaint.uphold().isLow()).isTrue();
		assertThat(complaint.dismiss().isLow()).isFalse();
		assertThatThrownBy(() -> complaint.uphold().dismiss()).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> feedback(BuyerFeedback.Kind.RATING, 1, BuyerFeedback.Status.RECORDED).uphold())
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void newFeedbackNamesTheFieldThatIsWrong() {
		assertThat(NewFeedback.of(5L, null, "2026-03-02", "rating", 2, null).kind())
			.isEqualTo(BuyerFeedback.Kind.RATING);
		assertField(() -> NewFeedback.of(null, null, "2026-03-02", "RATING", 2, ""), "agentId");
		assertField(() -> NewFeedback.of(5L, null, "2026-3-2x", "RATING", 2, ""), "day");
		assertField(() -> NewFeedback.of(5L, null, "2026-03-02", "PRAISE", 2, ""), "kind");
		assertField(() -> NewFeedback.of(5L, null, "2026-03-02", "RATING", 6, ""), "rating");
		assertField(() -> NewFeedback.of(5L, null, "2026-03-02", "RATING", null, ""), "rating");
		assertField(() -> NewFeedback.of(5L, null, "2026-03-02", "COMPLAINT", 1, "态度差"), "rating");
		assertField(() -> NewFeedback.of(5L, null, "2026-03-02", "COMPLAINT", null, " "), "note");
		assertField(() -> NewFeedback.of(5L, null, "2026-03-02", "RATING", 3, "长".repeat(501)), "note");
	}

	private static void assertField(Runnable action, String field) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidReviewException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}

	private static BuyerFeedback feedback(BuyerFeedback.Kind kind, Integer rating, BuyerFeedback.Status status) {
		return new BuyerFeedback(1, ShopId.of(1), AgentId.of(5), BuyerId.of(9), KEY.day(), kind, rating, status, "",
				AgentId.of(7), AT);
	}

	private static StoredInspection.Hit hit(Rule rule, long messageId, Severity severity, HitStatus status) {
		int weight = severity == Severity.SEVERE ? 20
				: severity == Severity.MAJOR ? 5 : rule == Rule.NO_FAREWELL ? 3 : 2;
		return new StoredInspection.Hit(rule, messageId, severity, weight, status, null);
	}

	private static ReceptionDetail.TranscriptLine line(long id, Direction direction, String content) {
		return new ReceptionDetail.TranscriptLine(id, AT.plusSeconds(id), direction, MessageKind.TEXT,
				direction == Direction.OUT ? "店:小美" : null, content, true);
	}

}

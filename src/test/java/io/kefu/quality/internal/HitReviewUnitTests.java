package io.kefu.quality.internal;

import java.time.Instant;

import io.kefu.quality.HitStatus;
import io.kefu.quality.InvalidReviewException;
import io.kefu.quality.Settlement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitReviewUnitTests {

	static final Instant AT = Instant.parse("2026-03-03T02:00:00Z");

	@Test
	void aHitMarkedWrongStandsAgainWhenThatIsTakenBackAndLeavesNothingToKeep() {
		HitReview review = HitReview.standing();

		review.markWrong(7, AT);
		assertThat(review.status()).isEqualTo(HitStatus.WRONG);
		assertThat(review.decidedBy()).isEqualTo(7L);
		assertThat(review.isUntouched()).isFalse();

		review.undoWrong();
		assertThat(review.status()).isEqualTo(HitStatus.STANDING);
		assertThat(review.isUntouched()).isTrue();
	}

	@Test
	void onlyAStandingHitIsMarkedWrongAndOnlyAWrongOneTakenBack() {
		HitReview review = HitReview.standing();
		assertThatThrownBy(review::undoWrong).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("STANDING");
		review.markWrong(7, AT);
		assertThatThrownBy(() -> review.markWrong(7, AT)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aHitIsDisputedOnceWithAReasonAndStaysDisputedUntilSettled() {
		HitReview review = HitReview.standing();

		review.dispute("  买家问的是店铺活动，不是引导站外  ", AT);

		assertThat(review.status()).isEqualTo(HitStatus.DISPUTED);
		assertThat(review.status().counts()).isTrue();
		assertThat(review.reason()).isEqualTo("买家问的是店铺活动，不是引导站外");
		assertThat(review.disputedAt()).isEqualTo(AT);
		assertThatThrownBy(() -> review.dispute("again", AT)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("once");
		review.settle(Settlement.OVERTURN, 7, AT.plusSeconds(60));
		assertThat(review.status()).isEqualTo(HitStatus.OVERTURNED);
		assertThat(review.status().counts()).isFalse();
		assertThatThrownBy(() -> review.dispute("and again", AT)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> review.settle(Settlement.UPHOLD, 7, AT)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anUpheldDisputeKeepsThePoints() {
		HitReview review = HitReview.standing();
		review.dispute("理由", AT);

		review.settle(Settlement.UPHOLD, 7, AT);

		assertThat(review.status()).isEqualTo(HitStatus.UPHELD);
		assertThat(review.status().counts()).isTrue();
	}

	@Test
	void aDisputeNeedsAReasonOfAtMostFiveHundredCharacters() {
		HitReview review = HitReview.standing();
		assertThatThrownBy(() -> review.dispute("  ", AT)).isInstanceOfSatisfying(InvalidReviewException.class,
				ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> review.dispute("长".repeat(501), AT)).isInstanceOf(InvalidReviewException.class);
		review.dispute("长".repeat(500), AT);
		assertThat(review.status()).isEqualTo(HitStatus.DISPUTED);
	}

	@Test
	void aHitMarkedWrongCannotBeDisputed() {
		HitReview review = HitReview.standing();
		review.markWrong(7, AT);
		assertThatThrownBy(() -> review.dispute("理由", AT)).isInstanceOf(IllegalStateException.class);
		assertThat(review.disputedAt()).isNull();
	}

}

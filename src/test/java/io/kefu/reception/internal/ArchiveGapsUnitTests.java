package io.kefu.reception.internal;

import java.util.List;

import io.kefu.reception.internal.ArchiveGaps.Gap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids committed out of order are caught later, and a gap is given up only once no running
 * transaction can fill it.
 */
class ArchiveGapsUnitTests {

	@Test
	void idsSkippedOnTheWayBecomeGapsTaggedWithTheCounterAfterTheRead() {
		ArchiveGaps gaps = new ArchiveGaps(0, List.of());

		gaps.advance(new long[] { 1, 2, 5, 9 }, 700);

		assertThat(gaps.watermark()).isEqualTo(9);
		assertThat(gaps.open()).containsExactly(new Gap(3, 4, 700), new Gap(6, 8, 700));
	}

	@Test
	void whatAGapFindsLaterLeavesTheRestOpen() {
		ArchiveGaps gaps = new ArchiveGaps(10, List.of(new Gap(3, 8, 700)));

		gaps.found(new Gap(3, 8, 700), new long[] { 3, 5, 6 });

		assertThat(gaps.open()).containsExactlyInAnyOrder(new Gap(4, 4, 700), new Gap(7, 8, 700));
	}

	@Test
	void aGapClosesOnceTheOldestRunningTransactionIsPastItsTag() {
		ArchiveGaps gaps = new ArchiveGaps(10, List.of(new Gap(3, 4, 700), new Gap(6, 6, 720)));

		gaps.close(699);
		assertThat(gaps.open()).hasSize(2);
		gaps.close(700);
		assertThat(gaps.open()).containsExactly(new Gap(6, 6, 720));
	}

	@Test
	void thePositionIsWrittenIntoTheIndexAndReadBack() {
		ArchiveGaps gaps = new ArchiveGaps(0, List.of());
		gaps.advance(new long[] { 2, 7 }, 31);

		ArchiveGaps read = ArchiveGaps.read(gaps.write());

		assertThat(read.watermark()).isEqualTo(7);
		assertThat(read.open()).containsExactly(new Gap(1, 1, 31), new Gap(3, 6, 31));
		assertThat(ArchiveGaps.read("0;").open()).isEmpty();
	}

}

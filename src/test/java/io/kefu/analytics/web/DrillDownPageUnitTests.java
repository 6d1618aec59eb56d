package io.kefu.analytics.web;

import java.util.List;
import java.util.stream.IntStream;

import io.kefu.analytics.web.FigurePages.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrillDownPageUnitTests {

	private final List<Integer> rows = IntStream.range(0, 450).boxed().toList();

	@Test
	void aLongListIsShownTwoHundredRowsAtATime() {
		Page<Integer> second = Page.of(rows, 1);

		assertThat(second.lines()).hasSize(200).startsWith(200).endsWith(399);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.total()).isEqualTo(450);
	}

	@Test
	void aPageBeyondTheLastShowsTheLastAndAShortListIsOnePage() {
		assertThat(Page.of(rows, 9).lines()).hasSize(50).startsWith(400);
		assertThat(Page.of(rows, -1).page()).isZero();
		assertThat(Page.of(List.of(), 0).pages()).isOne();
	}

}

package io.kefu.quality.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kefu.customer.BuyerId;
import io.kefu.quality.HitStatus;
import io.kefu.quality.ReceptionKey;
import io.kefu.quality.Rule;
import io.kefu.quality.Severity;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionRowUnitTests {

	static final Instant AT = Instant.parse("2026-03-03T02:00:00Z");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	@Test
	void theLowestScoresComeFirstAndTheLatestDayFirstAmongEqualScores() {
		List<InspectionRow> rows = InspectionRow.of(
				List.of(inspection(MONDAY, 1, hit(Rule.RUDE, HitStatus.STANDING)), inspection(MONDAY, 2),
						inspection(MONDAY.plusDays(1), 3),
						inspection(MONDAY, 4, hit(Rule.NO_GREETING, HitStatus.STANDING),
								hit(Rule.RUDE, HitStatus.STANDING))),
				null, false, Map.of(AgentId.of(5), "小美"), Map.of(1L, "买家甲"));

		assertThat(rows).extracting(row -> row.reception().buyerId().value()).containsExactly(4L, 1L, 3L, 2L);
		assertThat(rows.get(1).agent()).isEqualTo("小美");
		assertThat(rows.get(1).buyer()).isEqualTo("买家甲");
		assertThat(rows.get(0).buyer()).isEqualTo("#4");
		assertThat(rows.get(0).hits()).isEqualTo(2);
	}

	@Test
	void aRuleFilterKeepsReceptionsWhereItStillCountsAndTheDisputedFilterThoseWaiting() {
		List<StoredInspection> inspections = List.of(inspection(MONDAY, 1, hit(Rule.RUDE, HitStatus.WRONG)),
				inspection(MONDAY, 2, hit(Rule.RUDE, HitStatus.DISPUTED)),
				inspection(MONDAY, 3, hit(Rule.NO_GREETING, HitStatus.UPHELD)));

		assertThat(InspectionRow.of(inspections, Rule.RUDE, false, Map.of(), Map.of()))
			.extracting(row -> row.reception().buyerId().value())
			.containsExactly(2L);
		assertThat(InspectionRow.of(inspections, null, true, Map.of(), Map.of()))
			.extracting(row -> row.reception().buyerId().value())
			.containsExactly(2L);
		assertThat(InspectionRow.of(inspections, null, true, Map.of(), Map.of()).get(0).disputed()).isEqualTo(1);
	}

	private static StoredInspection inspection(LocalDate day, long buyerId, StoredInspection.Hit... hits) {
		return StoredInspection.of(new ReceptionKey(ShopId.of(1), day, AgentId.of(5), BuyerId.of(buyerId)), 0, AT,
				List.of(hits));
	}

	private static StoredInspection.Hit hit(Rule rule, HitStatus status) {
		return new StoredInspection.Hit(rule, 100, Severity.SEVERE, 20, status, null);
	}

}

package io.kefu.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** The trainee's receptions as the trainer's list shows them. */
class TraineeReceptionUnitTests {

	@Test
	void buyersAreListedByAMaskedNick() {
		assertThat(TraineeReception.masked("张小三")).isEqualTo("张**三");
		assertThat(TraineeReception.masked("kiki5686")).isEqualTo("k**6");
		assertThat(TraineeReception.masked("阿")).isEqualTo("阿*");
		assertThat(TraineeReception.masked("")).isEqualTo("*");
	}

	@Test
	void theLatestTwentyComeFirstWithTheRulesThatStillCount() {
		List<StoredInspection> inspections = new ArrayList<>();
		for (int d = 1; d <= 25; d++) {
			inspections
				.add(StoredInspection.of(key(d), 0, Instant.EPOCH, List.of(hit(Rule.SLOW_RESPONSE, HitStatus.STANDING),
						hit(Rule.SLOW_RESPONSE, HitStatus.STANDING), hit(Rule.RUDE, HitStatus.WRONG))));
		}

		List<TraineeReception> latest = TraineeReception.latest(inspections, Map.of(7L, "买家甲"));

		assertThat(latest).hasSize(TraineeReception.LATEST);
		assertThat(latest.get(0).key().day()).isEqualTo(LocalDate.of(2026, 3, 25));
		assertThat(latest.get(0).rules()).as("each rule once; a hit marked wrong does not count")
			.containsExactly(Rule.SLOW_RESPONSE);
		assertThat(latest.get(0).buyer()).isEqualTo("买**甲");
	}

	private static ReceptionKey key(int day) {
		return new ReceptionKey(ShopId.of(1), LocalDate.of(2026, 3, day), AgentId.of(2), BuyerId.of(7));
	}

	private static StoredInspection.Hit hit(Rule rule, HitStatus status) {
		return new StoredInspection.Hit(rule, 1, Severity.MAJOR, 3, status, null);
	}

}

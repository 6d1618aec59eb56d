package io.kefu.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approving leave or a swap checks that no solve holds the month and then writes the
 * month's cells; a solve that began between the two would read the month without them and
 * write its result over them. The check locks the month's row, so the solve waits for the
 * approval to commit.
 */
@SpringBootTest
class RosterLocksIntegrationTests {

	private static final YearMonth MONTH = YearMonth.of(2027, 6);

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	RosterStore store;

	@Autowired
	JdbcLeave leave;

	@Autowired
	JdbcSwaps swaps;

	@Autowired
	TransactionTemplate transaction;

	Shop shop;

	Agent mei;

	@BeforeEach
	void aShopWithAMonth() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("锁店" + suffix);
		mei = fixture.account(shop, "lk-mei" + suffix, Role.PRE_SALES);
		store.pin(shop.id(), MONTH, List.of(new RosterStore.SolvedCell(mei.id(), MONTH.atDay(1), "D", false)),
				Instant.now());
	}

	@Test
	void aSolveWaitsForALeaveApprovalThatFoundTheMonthFree() throws Exception {
		assertSolveWaitsFor((now) -> assertThat(leave.solving(shop.id(), MONTH, now)).isFalse());
	}

	@Test
	void aSolveWaitsForASwapApprovalThatPinsItsCells() throws Exception {
		assertSolveWaitsFor((
				now) -> assertThat(swaps.pinInDraft(shop.id(), LocalDate.of(2027, 6, 2), mei.id(), "N", now)).isTrue());
	}

	private void assertSolveWaitsFor(Consumer<Instant> approval) throws Exception {
		CompletableFuture<Boolean> solve = new CompletableFuture<>();
		transaction.executeWithoutResult((status) -> {
			Instant now = Instant.now();
			approval.accept(now);
			CompletableFuture
				.supplyAsync(() -> store.beginSolve(shop.id(), MONTH, UUID.randomUUID(), now, now.plusSeconds(5)))
				.whenComplete((began, failure) -> {
					if (failure != null) {
						solve.completeExceptionally(failure);
					}
					else {
						solve.complete(began);
					}
				});
			try {
				Thread.sleep(700);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			assertThat(solve).as("the solve began before the approval committed").isNotDone();
		});
		assertThat(solve.get(10, TimeUnit.SECONDS)).isTrue();
	}

}

package io.kefu.background;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A change queues its days in its own transaction; one that finds the same days already
 * queued counts on that row, which the worker may read and finish before the change
 * commits.
 */
@SpringBootTest
class DayQueueIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private DayQueue queue;

	@BeforeEach
	void queueOfItsOwn() {
		jdbc.sql("""
				create table if not exists day_queue_test (id bigserial primary key, shop_id bigint not null,
				first_day date not null, last_day date not null)""").update();
		jdbc.sql("delete from day_queue_test").update();
		queue = new DayQueue(jdbc, "day_queue_test");
	}

	@Test
	void daysFoundQueuedAreQueuedAgainWhenTheQueueIsReadBeforeTheChangeCommits() throws Exception {
		transactions.executeWithoutResult(status -> queue.add(7, DAY, DAY));
		CountDownLatch queued = new CountDownLatch(1);
		CountDownLatch read = new CountDownLatch(1);
		CompletableFuture<Void> change = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			queue.add(7, DAY, DAY);
			queued.countDown();
			awaitQuietly(read);
		}));
		assertThat(queued.await(10, TimeUnit.SECONDS)).isTrue();

		List<Long> worked = new ArrayList<>();
		queue.drain((shopId, first, last) -> worked.add(shopId));
		read.countDown();
		change.get(10, TimeUnit.SECONDS);

		assertThat(worked).containsExactly(7L);
		assertThat(queue.all()).extracting(QueuedDays::shopId, QueuedDays::first, QueuedDays::last)
			.contains(tuple(7L, DAY, DAY));
	}

	@Test
	void daysFoundQueuedAreNotQueuedAgainOnceTheChangeHasEnded() {
		transactions.executeWithoutResult(status -> queue.add(7, DAY, DAY));
		transactions.executeWithoutResult(status -> queue.add(7, DAY, DAY));

		List<Long> worked = new ArrayList<>();
		queue.drain((shopId, first, last) -> worked.add(shopId));

		assertThat(worked).containsExactly(7L);
		assertThat(queue.all()).isEmpty();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

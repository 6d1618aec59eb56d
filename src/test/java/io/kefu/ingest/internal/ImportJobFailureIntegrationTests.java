package io.kefu.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.kefu.access.Role;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportJobs;
import io.kefu.ingest.Imports;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A job ends FAILED with its reason whatever stops it, its uploads are deleted, and the
 * import thread goes on with the next job; jobs a dead process left behind are failed at
 * the next start. The imports here fail on demand: a file named {@code oom…} runs out of
 * memory, one named {@code bug…} throws what a bug would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportJobFailureIntegrationTests {

	private static final String CHAT = "买家甲 2026-3-2 10:00:00\r\n在吗\r\n";

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportJobStore store;

	@Autowired
	ImportRecovery recovery;

	@Autowired
	ImportProperties settings;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	MockMvc mvc;

	Shop shop;

	String boss;

	long bossId;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("失败店" + suffix);
		boss = "boss" + suffix;
		bossId = fixture.account(shop, boss, Role.SUPERVISOR).id().value();
	}

	@Test
	void anOutOfMemoryErrorFailsTheJobWithItsCauseAndTheServerGoesOn() throws Exception {
		ImportJob job = awaitEnd(jobs.submit(shop.id(), AgentId.of(bossId),
				List.of(upload("chat-1.txt"), upload("oom.txt"), upload("chat-3.txt")), null, false));

		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.failure()).isEqualTo(new ImportJob.Failure(ImportJob.Cause.OUT_OF_MEMORY, "oom.txt"));
		assertThat(job.files()).extracting(ImportJob.FileEntry::status)
			.containsExactly(ImportJob.FileStatus.DONE, ImportJob.FileStatus.STOPPED, ImportJob.FileStatus.STOPPED);
		awaitUploadsDeleted(job);
		mvc.perform(get("/api/v1/imports/" + job.id()).header("Accept-Language", "en")
			.with(httpBasic(boss, ShopFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.failure").value("OUT_OF_MEMORY"))
			.andExpect(jsonPath("$.failureReason")
				.value("The import stopped while importing oom.txt: the server ran out of memory. "
						+ "The files marked “Not imported” were not imported; please upload them again."));
		mvc.perform(get("/api/v1/imports/" + job.id() + "/errors").with(httpBasic(boss, ShopFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("导入 oom.txt 时停止：服务器内存不足。")));

		ImportJob next = awaitEnd(
				jobs.submit(shop.id(), AgentId.of(bossId), List.of(upload("chat-4.txt")), null, false));
		assertThat(next.status()).isEqualTo(ImportJob.Status.DONE);
	}

	@Test
	void anyOtherErrorFailsTheJobAsUnexpected() throws Exception {
		ImportJob job = awaitEnd(jobs.submit(shop.id(), AgentId.of(bossId), List.of(upload("bug.txt")), null, false));

		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.failure()).isEqualTo(new ImportJob.Failure(ImportJob.Cause.UNEXPECTED_ERROR, "bug.txt"));
		awaitUploadsDeleted(job);
	}

	@Test
	void jobsADeadProcessLeftAreFailedAsInterruptedByARestartAndItsUploadsDeleted() throws Exception {
		UUID running = UUID.randomUUID();
		store.create(running, shop.id().value(), bossId,
				List.of(new ImportJob.FileEntry("orders.csv", 10, ImportJob.FileStatus.QUEUED, null),
						new ImportJob.FileEntry("chat.txt", 10, ImportJob.FileStatus.QUEUED, null)));
		store.jobStatus(running, ImportJob.Status.RUNNING);
		store.fileRunning(running, 0);
		UUID queued = UUID.randomUUID();
		store.create(queued, shop.id().value(), bossId,
				List.of(new ImportJob.FileEntry("later.csv", 10, ImportJob.FileStatus.QUEUED, null)));
		Path leftover = Files.createDirectories(settings.folder().resolve(running.toString()).resolve("0"));
		Files.writeString(leftover.resolve("orders.csv"), "订单编号\r\n");
		Path incoming = jobs.newUploadFile();
		Path notKefus = Files.writeString(settings.folder().resolve("notes.txt"), "kept");

		recovery.afterSingletonsInstantiated();

		ImportJob interrupted = jobs.find(running).orElseThrow();
		assertThat(interrupted.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(interrupted.finishedAt()).isNotNull();
		assertThat(interrupted.failure())
			.isEqualTo(new ImportJob.Failure(ImportJob.Cause.INTERRUPTED_BY_RESTART, "orders.csv"));
		assertThat(interrupted.files()).extracting(ImportJob.FileEntry::status)
			.containsOnly(ImportJob.FileStatus.STOPPED);
		assertThat(jobs.find(queued).orElseThrow().failure())
			.isEqualTo(new ImportJob.Failure(ImportJob.Cause.INTERRUPTED_BY_RESTART, null));
		assertThat(leftover).doesNotExist();
		assertThat(incoming).doesNotExist();
		try (Stream<Path> left = Files.list(settings.folder())) {
			assertThat(left).containsExactly(notKefus);
		}
	}

	private ImportJobs.Upload upload(String name) throws IOException {
		Path file = Files.createTempFile("kefu-test", ".part");
		Files.writeString(file, CHAT, StandardCharsets.UTF_8);
		return new ImportJobs.Upload(name, file);
	}

	private Path uploadsOf(ImportJob job) {
		return settings.folder().resolve(job.id().toString());
	}

	// the job is marked finished first, its uploads deleted right after
	private void awaitUploadsDeleted(ImportJob job) {
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(uploadsOf(job)).doesNotExist());
	}

	private ImportJob awaitEnd(ImportJob submitted) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jobs.find(submitted.id()).orElseThrow(), job -> job.finishedAt() != null);
	}

	@TestConfiguration
	static class FailingImports {

		@Bean
		@Primary
		Imports failingOnDemand(FileImports imports) {
			return (shopId, file, name, kind, skipBadLines) -> {
				if (name.startsWith("oom")) {
					throw new OutOfMemoryError("Java heap space (thrown by the test)");
				}
				if (name.startsWith("bug")) {
					throw new IllegalStateException("a bug (thrown by the test)");
				}
				return imports.importFile(shopId, file, name, kind, skipBadLines);
			};
		}

	}

}

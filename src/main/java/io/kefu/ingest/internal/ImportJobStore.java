package io.kefu.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kefu.ingest.FileReport;
import io.kefu.ingest.ImportError;
import io.kefu.ingest.ImportJob;
import io.kefu.ingest.ImportKind;
import io.kefu.shop.ShopId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs and their files' progress and reports; each change is its own short
 * statement.
 */
@Repository
class ImportJobStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportJobStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void create(UUID id, long shopId, long createdBy, List<ImportJob.FileEntry> files) {
		jdbc.sql("insert into import_job (id, shop_id, created_by, status) values (?, ?, ?, 'QUEUED')")
			.params(id, shopId, createdBy)
			.update();
		for (int i = 0; i < files.size(); i++) {
			jdbc.sql("insert into import_file (job_id, position, name, size, status) values (?, ?, ?, ?, 'QUEUED')")
				.params(id, i, files.get(i).name(), files.get(i).size())
				.update();
		}
	}

	void jobStatus(UUID id, ImportJob.Status status) {
		boolean finished = status == ImportJob.Status.DONE || status == ImportJob.Status.FAILED;
		jdbc.sql("update import_job set status = ?, finished_at = case when ? then now() end where id = ?")
			.params(status.name(), finished, id)
			.update();
	}

	void fileRunning(UUID id, int position) {
		jdbc.sql("update import_file set status = 'RUNNING' where job_id = ? and position = ?")
			.params(id, position)
			.update();
	}

	void fileDone(UUID id, int position, FileReport report) {
		List<Object[]> rows = new ArrayList<>();
		List<ImportError> errors = report.errors();
		for (int seq = 0; seq < errors.size(); seq++) {
			ImportError error = errors.get(seq);
			rows.add(new Object[] { id, position, seq, error.file(), error.line(), error.field(), error.code(),
					error.args().toArray(String[]::new) });
		}
		template.batchUpdate("""
				insert into import_error (job_id, position, seq, file, line, field, code, args)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		// the errors go first, so that a reader who sees the file done sees all of them
		jdbc.sql("""
				update import_file set status = 'DONE', kind = ?, applied = ?, read = ?, inserted = ?, updated = ?,
				unchanged = ?, rejected = ? where job_id = ? and position = ?
				""")
			.params(report.kind() == null ? null : report.kind().name(), report.applied(), report.read(),
					report.inserted(), report.updated(), report.unchanged(), report.rejected(), id, position)
			.update();
	}

	/**
	 * The job stopped for the failure's cause: it is FAILED, and its files that had not
	 * been imported yet are STOPPED.
	 */
	void fail(UUID id, ImportJob.Failure failure) {
		// the files go first, so that a reader who sees the job ended sees them stopped
		jdbc.sql("update import_file set status = 'STOPPED' where job_id = ? and status in ('QUEUED', 'RUNNING')")
			.param(id)
			.update();
		jdbc.sql("""
				update import_job set status = 'FAILED', finished_at = now(), failure = ?, failure_file = ?
				where id = ?
				""").params(failure.cause().name(), failure.file(), id).update();
	}

	/**
	 * Jobs a stopped Kefu left unfinished will not go on: say so rather than show them
	 * running for ever.
	 * @return how many jobs were failed
	 */
	int failUnfinished() {
		int failed = jdbc.sql("""
				update import_job j set status = 'FAILED', finished_at = now(), failure = 'INTERRUPTED_BY_RESTART',
				failure_file = (select f.name from import_file f where f.job_id = j.id and f.status = 'RUNNING'
				                order by f.position limit 1)
				where status in ('QUEUED', 'RUNNING')
				""").update();
		jdbc.sql("""
				update import_file f set status = 'STOPPED' from import_job j
				where j.id = f.job_id and j.status = 'FAILED' and f.status in ('QUEUED', 'RUNNING')
				""").update();
		return failed;
	}

	/** A page shows a handful of jobs, so reading each one's files separately is fine. */
	List<ImportJob> recent(long shopId, int limit) {
		return jdbc.sql("select id from import_job where shop_id = ? order by created_at desc, id limit ?")
			.params(shopId, limit)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> find(id).stream())
			.toList();
	}

	Optional<ImportJob> find(UUID id) {
		// The job before its files: a job read as done had all its files done before,
		// whereas
		// files read first could still be running when the job is then read as done.
		return jdbc.sql("""
				select id, shop_id, status, created_at, finished_at, failure, failure_file from import_job where id = ?
				""").param(id).query((rs, n) -> {
			OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
			String failure = rs.getString("failure");
			return new ImportJob(rs.getObject("id", UUID.class), ShopId.of(rs.getLong("shop_id")),
					ImportJob.Status.valueOf(rs.getString("status")),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					finished == null ? null : finished.toInstant(), List.of(), failure == null ? null
							: new ImportJob.Failure(ImportJob.Cause.valueOf(failure), rs.getString("failure_file")));
		})
			.optional()
			.map(job -> new ImportJob(job.id(), job.shopId(), job.status(), job.createdAt(), job.finishedAt(),
					files(id), job.failure()));
	}

	private List<ImportJob.FileEntry> files(UUID id) {
		return jdbc.sql("select * from import_file where job_id = ? order by position")
			.param(id)
			.query((rs, row) -> file(rs, errors(id, rs.getInt("position"))))
			.list();
	}

	private List<ImportError> errors(UUID id, int position) {
		return jdbc.sql("select * from import_error where job_id = ? and position = ? order by seq")
			.params(id, position)
			.query((rs, row) -> new ImportError(rs.getString("file"), rs.getLong("line"), rs.getString("field"),
					rs.getString("code"), Arrays.asList((String[]) rs.getArray("args").getArray())))
			.list();
	}

	private static ImportJob.FileEntry file(ResultSet rs, List<ImportError> errors) throws SQLException {
		ImportJob.FileStatus status = ImportJob.FileStatus.valueOf(rs.getString("status"));
		String kind = rs.getString("kind");
		FileReport report = status != ImportJob.FileStatus.DONE ? null
				: new FileReport(rs.getString("name"), kind == null ? null : ImportKind.valueOf(kind),
						rs.getBoolean("applied"), rs.getLong("read"), rs.getLong("inserted"), rs.getLong("updated"),
						rs.getLong("unchanged"), rs.getLong("rejected"), errors);
		return new ImportJob.FileEntry(rs.getString("name"), rs.getLong("size"), status, report);
	}

}

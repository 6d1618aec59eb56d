package io.kefu.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;
import io.kefu.training.Decision;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.PlanDay;
import io.kefu.training.PlannedTask;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeStatus;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingPlan;
import io.kefu.training.TrainingStateException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Trainees and their tasks in PostgreSQL. */
@Repository
@Transactional(readOnly = true)
class JdbcTrainees implements Trainees {

	private static final String SELECT = """
			select id, shop_id, agent_id, hire_class, start_day, mentor_id, status from trainee
			""";

	/** As trainee_task.day allows. */
	private static final int MAX_DAYS = 60;

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Shops shops;

	JdbcTrainees(JdbcClient jdbc, Staff staff, Shops shops) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.shops = shops;
	}

	@Override
	@Transactional
	public Trainee enrol(ShopId shop, Enrolment enrolment) {
		Agent agent = staff.find(enrolment.agent())
			.filter(found -> shop.equals(found.shopId()))
			.orElseThrow(() -> new IllegalArgumentException("username: not an agent of shop " + shop));
		if (agent.skillGroup() == null) {
			throw new IllegalArgumentException("username: " + agent.username()
					+ " serves no buyers (no skill group): only agents are trained here");
		}
		if (agent.certification() == Certification.CERTIFIED) {
			throw new IllegalArgumentException("username: " + agent.username() + " is certified (上岗) already");
		}
		if (enrolment.mentor() != null) {
			requireMentor(shop, enrolment.mentor(), agent.id());
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into trainee (shop_id, agent_id, hire_class, start_day, mentor_id)
					values (?, ?, ?, ?, ?) returning id
					""")
				.params(shop.value(), agent.id().value(), enrolment.hireClass().name(), enrolment.start(),
						enrolment.mentor() == null ? null : enrolment.mentor().value())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new TrainingStateException(agent.username() + " is in training already");
		}
		for (PlanDay day : TrainingPlan.defaultFor(enrolment.hireClass()).days()) {
			int position = 0;
			for (PlannedTask task : day.tasks()) {
				jdbc.sql(
						"insert into trainee_task (trainee_id, day, position, kind, title, page) values (?, ?, ?, ?, ?, ?)")
					.params(id, day.day(), position++, task.kind().name(), task.title(), task.page())
					.update();
			}
		}
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Trainee> find(long id) {
		return withTasks(jdbc.sql(SELECT + "where id = ?").param(id).query(JdbcTrainees::trainee).list()).stream()
			.findFirst();
	}

	@Override
	public List<Trainee> inShop(ShopId shop) {
		return withTasks(
				jdbc.sql(SELECT + "where shop_id = ? order by status <> 'IN_TRAINING', start_day desc, id desc")
					.param(shop.value())
					.query(JdbcTrainees::trainee)
					.list());
	}

	@Override
	public Optional<Trainee> ofAgent(AgentId agent) {
		return withTasks(jdbc.sql(SELECT + "where agent_id = ? order by status <> 'IN_TRAINING', id desc limit 1")
			.param(agent.value())
			.query(JdbcTrainees::trainee)
			.list()).stream().findFirst();
	}

	@Override
	public boolean inTrainingOrMentoring(AgentId agent) {
		return jdbc.sql("""
				select exists (select 1 from trainee where agent_id = ? and status = 'IN_TRAINING')
				or exists (select 1 from trainee where mentor_id = ? and status = 'IN_TRAINING')
				""").params(agent.value(), agent.value()).query(Boolean.class).single();
	}

	@Override
	@Transactional
	public Trainee mark(long traineeId, long taskId, boolean done, AgentId by, Instant at) {
		Trainee trainee = lockedInTraining(traineeId);
		int changed = jdbc.sql("update trainee_task set done_at = ?, done_by = ? where id = ? and trainee_id = ?")
			.params(done ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : null, done ? by.value() : null, taskId,
					traineeId)
			.update();
		if (changed == 0) {
			throw new IllegalArgumentException("taskId: trainee " + traineeId + " has no task " + taskId);
		}
		return find(traineeId).orElseThrow();
	}

	@Override
	@Transactional
	public Trainee mentor(long traineeId, @Nullable AgentId mentor) {
		Trainee trainee = lockedInTraining(traineeId);
		if (mentor != null) {
			requireMentor(trainee.shop(), mentor, trainee.agent());
		}
		jdbc.sql("update trainee set mentor_id = ? where id = ?")
			.params(mentor == null ? null : mentor.value(), traineeId)
			.update();
		return find(traineeId).orElseThrow();
	}

	@Override
	@Transactional
	public Trainee decide(long traineeId, Decision decision) {
		Trainee trainee = lockedInTraining(traineeId);
		jdbc.sql("insert into trainee_decision (trainee_id, decision, reason, agent_id, at) values (?, ?, ?, ?, ?)")
			.params(traineeId, decision.kind().name(), decision.reason(),
					decision.by() == null ? null : decision.by().value(),
					OffsetDateTime.ofInstant(decision.at(), ZoneOffset.UTC))
			.update();
		switch (decision.kind()) {
			case CERTIFY -> certify(trainee, decision);
			case EXTEND -> extend(trainee);
			case NOT_SUITABLE ->
				jdbc.sql("update trainee set status = 'NOT_SUITABLE' where id = ?").param(traineeId).update();
		}
		return find(traineeId).orElseThrow();
	}

	@Override
	@Transactional
	public void completeNext(AgentId agent, TaskKind kind, Instant at) {
		jdbc.sql("""
				update trainee_task set done_at = ?, done_by = ?
				where id = (select k.id from trainee_task k join trainee t on t.id = k.trainee_id
				            where t.agent_id = ? and t.status = 'IN_TRAINING' and k.kind = ? and k.done_at is null
				            order by k.day, k.position limit 1)
				""")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), agent.value(), agent.value(), kind.name())
			.update();
	}

	@Override
	public List<Decision> decisions(long traineeId) {
		return jdbc
			.sql("select decision, reason, agent_id, at from trainee_decision where trainee_id = ? order by at, id")
			.param(traineeId)
			.query((row, n) -> {
				long by = row.getLong(3);
				AgentId agent = row.wasNull() ? null : AgentId.of(by);
				return new Decision(Decision.Kind.valueOf(row.getString(1)), row.getString(2), agent,
						row.getObject(4, OffsetDateTime.class).toInstant());
			})
			.list();
	}

	/**
	 * 上岗: the agent is certified from the decision's business day, in the group of their
	 * class, and the plan's certification task is done.
	 */
	private void certify(Trainee trainee, Decision decision) {
		jdbc.sql("update trainee set status = 'CERTIFIED' where id = ?").param(trainee.id()).update();
		jdbc.sql("""
				update trainee_task set done_at = ?, done_by = ?
				where trainee_id = ? and kind = 'CERTIFICATION' and done_at is null
				""")
			.params(OffsetDateTime.ofInstant(decision.at(), ZoneOffset.UTC),
					decision.by() == null ? null : decision.by().value(), trainee.id())
			.update();
		Agent agent = staff.find(trainee.agent()).orElseThrow();
		LocalDate day = shops.get(trainee.shop()).businessDay(decision.at());
		SkillGroup group = trainee.hireClass() == HireClass.AFTER_SALES ? SkillGroup.AFTER_SALES : SkillGroup.PRE_SALES;
		staff.revise(agent.id(),
				new AgentDraft(agent.displayName(), agent.nickname() == null ? agent.displayName() : agent.nickname(),
						agent.roles(), group, Certification.CERTIFIED, day, agent.enabled()));
	}

	/** Not yet: another day of supervised reception, review and decision. */
	private void extend(Trainee trainee) {
		int day = trainee.length() + 1;
		if (day > MAX_DAYS) {
			throw new TrainingStateException("A plan runs at most " + MAX_DAYS + " days");
		}
		List<PlannedTask> tasks = List.of(new PlannedTask(TaskKind.SUPERVISED_RECEPTION, "延长：继续在带教下接待"),
				new PlannedTask(TaskKind.TRANSCRIPT_REVIEW, "培训人员查看聊天记录并指导"),
				new PlannedTask(TaskKind.CERTIFICATION, "再次判断是否上岗"));
		int position = 0;
		for (PlannedTask task : tasks) {
			jdbc.sql("insert into trainee_task (trainee_id, day, position, kind, title) values (?, ?, ?, ?, ?)")
				.params(trainee.id(), day, position++, task.kind().name(), task.title())
				.update();
		}
	}

	/**
	 * The trainee, locked for the change.
	 * @throws TrainingStateException when their training has ended
	 */
	private Trainee lockedInTraining(long traineeId) {
		jdbc.sql("select id from trainee where id = ? for update").param(traineeId).query(Long.class).optional();
		Trainee trainee = find(traineeId)
			.orElseThrow(() -> new IllegalArgumentException("traineeId: no trainee " + traineeId));
		if (trainee.status().ended()) {
			throw new TrainingStateException(
					"The training of trainee " + traineeId + " has ended (" + trainee.status() + ")");
		}
		return trainee;
	}

	/** A mentor is a certified, enabled agent of the shop, not the trainee. */
	private void requireMentor(ShopId shop, AgentId mentor, AgentId trainee) {
		boolean fits = !mentor.equals(trainee) && staff.find(mentor)
			.filter(agent -> shop.equals(agent.shopId()) && agent.enabled()
					&& agent.certification() == Certification.CERTIFIED && agent.skillGroup() != null)
			.isPresent();
		if (!fits) {
			throw new IllegalArgumentException("mentor: not a certified agent of the shop");
		}
	}

	private List<Trainee> withTasks(List<Trainee> trainees) {
		if (trainees.isEmpty()) {
			return trainees;
		}
		Map<Long, List<TraineeTask>> tasks = new HashMap<>();
		jdbc.sql("""
				select trainee_id, id, day, kind, title, done_at, done_by, page from trainee_task
				where trainee_id = any(?) order by trainee_id, day, position
				""").param(trainees.stream().map(Trainee::id).toArray(Long[]::new)).query(row -> {
			OffsetDateTime doneAt = row.getObject(6, OffsetDateTime.class);
			long doneById = row.getLong(7);
			AgentId doneBy = row.wasNull() ? null : AgentId.of(doneById);
			tasks.computeIfAbsent(row.getLong(1), key -> new ArrayList<>())
				.add(new TraineeTask(row.getLong(2), row.getInt(3), TaskKind.valueOf(row.getString(4)),
						row.getString(5), doneAt != null, doneAt == null ? null : doneAt.toInstant(), doneBy,
						row.getString(8)));
		});
		return trainees.stream()
			.map(trainee -> new Trainee(trainee.id(), trainee.shop(), trainee.agent(), trainee.hireClass(),
					trainee.start(), trainee.mentor(), trainee.status(), tasks.getOrDefault(trainee.id(), List.of())))
			.toList();
	}

	private static Trainee trainee(ResultSet row, int n) throws SQLException {
		long mentor = row.getLong(6);
		AgentId mentorId = row.wasNull() ? null : AgentId.of(mentor);
		return new Trainee(row.getLong(1), ShopId.of(row.getLong(2)), AgentId.of(row.getLong(3)),
				HireClass.valueOf(row.getString(4)), row.getObject(5, LocalDate.class), mentorId,
				TraineeStatus.valueOf(row.getString(7)), List.of());
	}

}

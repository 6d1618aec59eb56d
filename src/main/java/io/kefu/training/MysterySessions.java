package io.kefu.training;

import java.util.List;
import java.util.Optional;

import io.kefu.reception.ChatMessage;
import io.kefu.staff.AgentId;

/** The mystery shopper sessions of the shops' trainees. */
public interface MysterySessions {

	/**
	 * Starts a session: a new buyer played by the persona (or by the trainer) whose
	 * conversation goes straight to the trainee; in {@code AUTO} mode the persona's
	 * opening line is sent at once.
	 * @throws TrainingStateException when the training has ended or a session of the
	 * trainee is running
	 */
	MysterySession start(Trainee trainee, Persona persona, MysterySession.Mode mode, AgentId by);

	Optional<MysterySession> find(long id);

	/** The trainee's sessions, the latest first. */
	List<MysterySession> ofTrainee(long traineeId);

	/**
	 * The trainer's line as the buyer, in a {@code MANUAL} session.
	 * @throws TrainingStateException when the session is automatic or has ended
	 */
	ChatMessage buyerSays(long id, String content);

	/**
	 * The persona answers the trainee's latest replies, if the buyer has not answered
	 * them yet: what the engine does some seconds after each reply.
	 */
	void answer(long id);

	/**
	 * Ends the session and closes its conversation; with a rubric already given, it ticks
	 * the trainee's first open mystery-shopper task.
	 * @throws TrainingStateException when it has ended already
	 */
	MysterySession end(long id, AgentId by);

	/** Records the trainer's rubric; on an ended session it ticks the task as above. */
	MysterySession rate(long id, MysterySession.Rubric rubric);

	/** The session's conversation, every message in order. */
	List<ChatMessage> transcript(MysterySession session);

	MysteryReport report(MysterySession session);

}

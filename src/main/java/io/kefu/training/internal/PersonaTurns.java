package io.kefu.training.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.kefu.reception.DirectedReply;
import io.kefu.staff.AgentId;
import io.kefu.training.MysterySessions;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The persona's side of the conversation: a while after the trainee replies to a mystery
 * buyer, the persona answers on a thread of its own, never on the trainee's request. A
 * burst of replies is answered once, as one ({@link MysterySessions#answer}). The wait
 * ({@code kefu.training.mystery.reply-delay}, 2 seconds by default) is what a person
 * takes to read and type; answers pending when the application stops are lost, and the
 * trainee's next reply brings the next one.
 */
@Component
class PersonaTurns {

	private static final Logger log = LoggerFactory.getLogger(PersonaTurns.class);

	private final MysteryStore store;

	private final MysterySessions sessions;

	private final Duration delay;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mystery-persona");
		thread.setDaemon(true);
		return thread;
	});

	PersonaTurns(MysteryStore store, MysterySessions sessions,
			@Value("${kefu.training.mystery.reply-delay:PT2S}") Duration delay) {
		this.store = store;
		this.sessions = sessions;
		this.delay = delay;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(DirectedReply reply) {
		long buyer = reply.buyerId().value();
		executor.schedule(() -> answer(buyer, reply.agentId()), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * The persona answers the trainee only: another agent who took the buyer over is not
	 * tested.
	 */
	private void answer(long buyerId, AgentId by) {
		try {
			store.runningOfBuyer(buyerId)
				.filter(session -> session.agent().equals(by))
				.ifPresent(session -> sessions.answer(session.id()));
		}
		catch (RuntimeException ex) {
			log.warn("The mystery buyer {} could not answer", buyerId, ex);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}

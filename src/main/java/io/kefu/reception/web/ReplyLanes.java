package io.kefu.reception.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.kefu.reception.internal.ChatProperties;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Where agents' replies over STOMP are stored: one lane a conversation, several
 * conversations a lane. A client's frames are handled in the order sent, so an agent
 * answering fifty buyers would otherwise store every reply after the one before; only the
 * replies within one conversation need that order, and a lane keeps it.
 */
@Component
class ReplyLanes {

	/** Replies waiting in one lane at most; beyond, the agent is told to send again. */
	static final int WAITING_PER_LANE = 10_000;

	private final ThreadPoolExecutor[] lanes;

	ReplyLanes(ChatProperties properties) {
		lanes = new ThreadPoolExecutor[properties.stompThreads()];
		for (int i = 0; i < lanes.length; i++) {
			String name = "kefu-replies-" + i;
			lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_PER_LANE),
					runnable -> {
						Thread thread = new Thread(runnable, name);
						thread.setDaemon(true);
						return thread;
					});
		}
	}

	/**
	 * @throws RejectedExecutionException when the conversation's lane is full
	 */
	void run(long conversationId, Runnable reply) {
		lanes[Math.floorMod(Long.hashCode(conversationId), lanes.length)].execute(reply);
	}

	@PreDestroy
	void stop() {
		for (ThreadPoolExecutor lane : lanes) {
			lane.shutdown();
		}
	}

}

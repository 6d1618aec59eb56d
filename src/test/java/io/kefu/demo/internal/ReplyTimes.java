package io.kefu.demo.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.reception.Direction;

/**
 * Seconds from a buyer's message to the human answer right after it, per agent, as a
 * supervisor would look at them.
 */
final class ReplyTimes {

	private ReplyTimes() {
	}

	static Map<Long, Double> medianByAgent(Collection<List<PlannedMessage>> threads) {
		Map<Long, List<Long>> seconds = new HashMap<>();
		for (List<PlannedMessage> thread : threads) {
			for (int i = 1; i < thread.size(); i++) {
				PlannedMessage before = thread.get(i - 1);
				PlannedMessage reply = thread.get(i);
				if (before.direction() == Direction.IN && reply.isHuman()) {
					seconds.computeIfAbsent(reply.agentId(), id -> new ArrayList<>())
						.add(Duration.between(before.at(), reply.at()).toSeconds());
				}
			}
		}
		Map<Long, Double> medians = new HashMap<>();
		seconds.forEach((agent, values) -> medians.put(agent,
				(double) values.stream().sorted().toList().get(values.size() / 2)));
		return medians;
	}

}

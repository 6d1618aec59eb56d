package io.kefu.training.web;

import java.time.Instant;
import java.util.List;

import io.kefu.reception.ChatMessage;
import io.kefu.reception.Direction;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.training.MysteryReport;
import io.kefu.training.MysterySession;

import org.jspecify.annotations.Nullable;

/** A mystery shopper session as the API and the page show it, with its report. */
record MysteryView(long id, long trainee, @Nullable String agent, @Nullable String agentName, String persona,
		String mode, String product, String sku, String status, int turns, boolean scriptEnded, Instant startedAt,
		@Nullable Instant endedAt, List<Line> messages, MysteryReport report) {

	static MysteryView of(MysterySession session, @Nullable Agent agent, List<ChatMessage> messages,
			MysteryReport report) {
		return new MysteryView(session.id(), session.traineeId(), agent == null ? null : agent.username(),
				agent == null ? null : agent.displayName(), session.persona(), session.mode().name(), session.product(),
				session.sku(), session.status().name(), session.turns(), session.scriptEnded(), session.startedAt(),
				session.endedAt(), messages.stream().map(message -> Line.of(message, session.agent())).toList(),
				report);
	}

	/**
	 * A message of the conversation: {@code from} is BUYER, TRAINEE, OTHER (another agent
	 * who took the buyer over or was given them: not scored), or AUTO (the shop's
	 * auto-replies and system lines).
	 */
	record Line(int seq, String from, String content, Instant sentAt) {

		static Line of(ChatMessage message, AgentId trainee) {
			String from = message.direction() == Direction.IN ? "BUYER"
					: !message.kind().isHuman() || message.agentId() == null ? "AUTO"
							: message.agentId() == trainee.value() ? "TRAINEE" : "OTHER";
			return new Line(message.seq(), from, message.content(), message.sentAt());
		}

		boolean fromBuyer() {
			return "BUYER".equals(from);
		}

		boolean fromTrainee() {
			return "TRAINEE".equals(from);
		}

	}

}

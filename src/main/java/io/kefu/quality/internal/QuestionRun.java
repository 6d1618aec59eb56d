package io.kefu.quality.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.quality.TranscriptMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;

/**
 * A question run of one transcript (DOMAIN.md): consecutive buyer messages with no human
 * agent message between them, answered by the first human agent message after them.
 * Inside one reception every later agent message falls within the run's business day and
 * its grace, so the first one is the answer.
 *
 * @param first the run's first buyer message
 * @param last its last buyer message
 * @param answer the answering agent message, or -1 when none came
 */
record QuestionRun(int first, int last, int answer) {

	boolean isAnswered() {
		return answer >= 0;
	}

	/**
	 * SYSTEM messages take part in nothing; auto-replies neither end nor answer a run.
	 */
	static List<QuestionRun> of(List<TranscriptMessage> messages) {
		List<QuestionRun> runs = new ArrayList<>();
		int first = -1;
		int last = -1;
		for (int i = 0; i < messages.size(); i++) {
			TranscriptMessage message = messages.get(i);
			if (message.kind() == MessageKind.SYSTEM) {
				continue;
			}
			if (message.direction() == Direction.IN) {
				first = first < 0 ? i : first;
				last = i;
			}
			else if (message.isHumanAgentMessage() && first >= 0) {
				runs.add(new QuestionRun(first, last, i));
				first = -1;
			}
		}
		if (first >= 0) {
			runs.add(new QuestionRun(first, last, -1));
		}
		return runs;
	}

}

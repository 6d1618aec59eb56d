package io.kefu.web;

import java.util.EnumSet;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.Role;

/**
 * One line of the home page's to-do list: what waits, how many, and the page where it is
 * done.
 *
 * @param path the page, below {@code /shops/{id}}, with its query
 */
record ToDo(Kind kind, long count, String path) {

	/** What can wait for someone, and whose it is. */
	enum Kind {

		/** 留言 that no agent has answered: the desk's and the supervisor's. */
		OFFLINE_MESSAGES,
		/**
		 * Payment reminders, inquiries, review reminders and after-sales visits due now.
		 */
		FOLLOWUPS_DUE,
		/** Remarks on the order clerk's list (打单备注) not yet done. */
		REMARK_TASKS,
		/**
		 * Quality hits disputed (申诉) and not yet settled: the supervisor settles them,
		 * the agent waits on their own.
		 */
		DISPUTES,
		/** Trainees behind their plan: the trainer's and the supervisor's. */
		TRAINEES_BEHIND,
		/**
		 * A month's appraisal submitted by the supervisor, for the shop owner to approve.
		 */
		APPRAISALS_TO_APPROVE;

		/** The kinds of the caller's roles, in the order the page lists them. */
		static Set<Kind> of(Caller caller) {
			boolean desk = caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES);
			boolean supervisor = caller.supervises();
			Set<Kind> kinds = EnumSet.noneOf(Kind.class);
			if (desk || supervisor) {
				kinds.addAll(Set.of(OFFLINE_MESSAGES, FOLLOWUPS_DUE, DISPUTES));
			}
			if (supervisor || caller.has(Role.ORDER_CLERK)) {
				kinds.add(REMARK_TASKS);
			}
			if (supervisor || caller.has(Role.TRAINER)) {
				kinds.add(TRAINEES_BEHIND);
			}
			if (caller.has(Role.OWNER)) {
				kinds.add(APPRAISALS_TO_APPROVE);
			}
			return kinds;
		}

	}

	public boolean waiting() {
		return count > 0;
	}

}

package io.kefu.reception;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * Agents in training who receive real buyers under a mentor (跟岗接待). Routing gives buyers
 * alone only to certified agents; it asks here which agents in training may take buyers
 * too, and how many at once. The training module answers.
 */
public interface Apprentices {

	/**
	 * The shop's agents in training who receive buyers on the business day, by agent:
	 * those whose plan has reached its supervised reception and who have a mentor.
	 */
	Map<AgentId, Apprenticeship> receivingOn(ShopId shop, LocalDate day);

	/** The agents in training whom the agent mentors. */
	Set<AgentId> menteesOf(AgentId mentor);

	/**
	 * An agent in training who receives buyers.
	 *
	 * @param cap at most this many buyers at once, however high their own cap
	 * @param mentor who watches their conversations and may take them over
	 * @param since the first day of supervised reception, from which a new after-sales
	 * agent's daily limit counts (seed 000: 前1-3天每天接待人数在10个以内)
	 */
	record Apprenticeship(AgentId trainee, AgentId mentor, int cap, LocalDate since) {

		public Apprenticeship {
			if (cap < 1) {
				throw new IllegalArgumentException("cap: at least 1, not " + cap);
			}
		}

	}

}

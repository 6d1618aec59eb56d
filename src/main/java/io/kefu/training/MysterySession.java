package io.kefu.training;

import java.time.Instant;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * A mystery shopper session (神秘顾客): a buyer played by a persona's script
 * ({@link Mode#AUTO}) or by the trainer ({@link Mode#MANUAL}) chats with the trainee
 * through the normal workbench.
 *
 * @param product the product the buyer asks about, drawn from the shop's catalogue
 * @param node where the persona's script stands
 * @param turns the trainee's replies the persona has answered
 * @param scriptEnded the persona has said its last line
 */
public record MysterySession(long id, ShopId shop, long traineeId, AgentId agent, String persona, Mode mode,
		String product, String sku, BuyerId buyer, String node, int turns, boolean scriptEnded, Status status,
		@Nullable AgentId startedBy, Instant startedAt, @Nullable Instant endedAt, @Nullable Rubric rubric) {

	public boolean running() {
		return status == Status.RUNNING;
	}

	/** Who plays the buyer. */
	public enum Mode {

		AUTO, MANUAL

	}

	public enum Status {

		RUNNING, ENDED

	}

	/**
	 * The trainer's marks (1–5) on the four criteria: 产品知识, 应变, 话术, 态度.
	 */
	public record Rubric(int productKnowledge, int adaptability, int wording, int attitude, String comment,
			@Nullable AgentId by, @Nullable Instant at) {

		public static final int MAX_COMMENT = 1000;

		public Rubric {
			check("productKnowledge", productKnowledge);
			check("adaptability", adaptability);
			check("wording", wording);
			check("attitude", attitude);
			if (comment.length() > MAX_COMMENT) {
				throw new IllegalArgumentException("comment: at most " + MAX_COMMENT + " characters");
			}
		}

		private static void check(String field, int mark) {
			if (mark < 1 || mark > 5) {
				throw new IllegalArgumentException(field + ": a mark from 1 to 5");
			}
		}

		public int total() {
			return productKnowledge + adaptability + wording + attitude;
		}

	}

}

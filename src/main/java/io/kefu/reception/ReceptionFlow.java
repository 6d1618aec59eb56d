package io.kefu.reception;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which of the eight reception steps a conversation has reached, read from what was said:
 * each step leaves words behind in the agent's messages (or, for bargaining, in the
 * buyer's). A guide for the agent, not a score: the agent can correct it.
 */
public final class ReceptionFlow {

	private static final Pattern GREETING = Pattern.compile("您好|你好|亲|欢迎|在的|在呢|很高兴");

	private static final Pattern QUESTION = Pattern.compile("[?？]|请问|您喜欢|您需要|您想|您要|哪种|哪款|什么样|多大|多高|用在|用于");

	private static final Pattern ANALYSIS = Pattern.compile("根据|适合您|一般来说|看您|您的情况|帮您看|帮您查|查一下|看了一下|这种情况|是因为");

	private static final Pattern RECOMMENDATION = Pattern.compile("推荐|这款|那款|可以看一下|可以看看|热卖|卖得很好|销量|新款|性价比");

	private static final Pattern BARGAINING = Pattern.compile("便宜|优惠|打折|折扣|少点|少一点|包邮|贵|价格|降价|砍价|送点|赠品|能不能少");

	private static final Pattern HELP = Pattern.compile("拍下|下单|付款|支付|改价|修改价格|运费|链接|购物车|优惠券|领券|合并付款");

	private static final Pattern VERIFICATION = Pattern.compile("核对|核实|确认|收货信息|收货地址|地址|收件人|联系电话|规格|颜色|尺寸|型号|快递");

	private static final Pattern FAREWELL = Pattern.compile("感谢|谢谢|再见|好评|收藏|欢迎下次|下次光临|记得联系|祝您|期待");

	private ReceptionFlow() {
	}

	/**
	 * The steps the conversation's messages show, in order of the conversation.
	 * @param lines the conversation's messages, oldest first
	 */
	public static Progress of(List<Line> lines) {
		Set<ReceptionStep> reached = EnumSet.noneOf(ReceptionStep.class);
		boolean bargaining = false;
		for (Line line : lines) {
			if (line.fromBuyer()) {
				bargaining = bargaining || BARGAINING.matcher(line.text()).find();
				continue;
			}
			if (!line.human()) {
				continue;
			}
			String text = line.text();
			// the first human reply is the greeting, whether or not it greets
			if (reached.isEmpty() || GREETING.matcher(text).find()) {
				reached.add(ReceptionStep.GREETING);
			}
			mark(reached, QUESTION, text, ReceptionStep.QUESTIONING);
			mark(reached, ANALYSIS, text, ReceptionStep.ANALYSIS);
			mark(reached, RECOMMENDATION, text, ReceptionStep.RECOMMENDATION);
			if (bargaining) {
				reached.add(ReceptionStep.NEGOTIATION);
			}
			mark(reached, HELP, text, ReceptionStep.HELP);
			if (reached.contains(ReceptionStep.HELP) || reached.contains(ReceptionStep.RECOMMENDATION)) {
				mark(reached, VERIFICATION, text, ReceptionStep.VERIFICATION);
			}
			mark(reached, FAREWELL, text, ReceptionStep.FAREWELL);
		}
		return new Progress(reached, null);
	}

	private static void mark(Set<ReceptionStep> reached, Pattern cue, String text, ReceptionStep step) {
		if (cue.matcher(text).find()) {
			reached.add(step);
		}
	}

	/** A message as the flow reads it. */
	public record Line(boolean fromBuyer, boolean human, String text) {

		public static Line of(Direction direction, MessageKind kind, String text) {
			return new Line(direction == Direction.IN, direction == Direction.OUT && kind.isHuman(), text);
		}

	}

	/**
	 * The steps reached, and the step the agent set by hand, which overrides where the
	 * conversation stands.
	 */
	public record Progress(Set<ReceptionStep> reached, @Nullable ReceptionStep corrected) {

		public Progress {
			reached = reached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reached));
		}

		/**
		 * Where the conversation stands: the step set by hand, else the furthest reached.
		 */
		public @Nullable ReceptionStep current() {
			if (corrected != null) {
				return corrected;
			}
			ReceptionStep furthest = null;
			for (ReceptionStep step : reached) {
				if (furthest == null || step.compareTo(furthest) > 0) {
					furthest = step;
				}
			}
			return furthest;
		}

		/**
		 * What to do next: the first step not reached, except that verification comes
		 * before farewell once anything was recommended or helped with (seed 004:
		 * 交易达成前要最后确认).
		 */
		public ReceptionStep next() {
			ReceptionStep current = current();
			if (current == null) {
				return ReceptionStep.GREETING;
			}
			if (corrected != null) {
				return corrected.next();
			}
			boolean dealing = reached.contains(ReceptionStep.RECOMMENDATION) || reached.contains(ReceptionStep.HELP);
			if (dealing && !reached.contains(ReceptionStep.VERIFICATION)) {
				return ReceptionStep.VERIFICATION;
			}
			return current.next();
		}

		public Progress correctedTo(ReceptionStep step) {
			return new Progress(reached, step);
		}

	}

}

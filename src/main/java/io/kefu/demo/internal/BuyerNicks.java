package io.kefu.demo.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Member names as marketplace buyers have them: tb_8831427, 快乐的小橙子, t_1500…, lily_0921;
 * never the same twice.
 */
final class BuyerNicks {

	private static final List<String> MOODS = List.of("快乐的", "爱笑的", "安静的", "慵懒的", "会飞的", "勇敢的", "爱吃鱼的", "不吃香菜的", "努力的",
			"迷糊的", "温柔的", "酷酷的");

	private static final List<String> THINGS = List.of("小橙子", "猫咪", "向日葵", "柠檬", "熊猫", "兔子", "星星", "糖果", "大白", "小鱼干",
			"蘑菇", "奶茶", "考拉", "西瓜");

	private static final List<String> NAMES = List.of("lily", "sunny", "zhangwei", "xiaoxiao", "chen", "amy", "leo",
			"wangjing", "momo", "tina", "liuyang", "kiki");

	private final Set<String> used = new HashSet<>();

	String next(RandomGenerator random) {
		String nick;
		do {
			nick = candidate(random);
		}
		while (!used.add(nick));
		return nick;
	}

	private static String candidate(RandomGenerator random) {
		int kind = random.nextInt(10);
		if (kind < 4) {
			return "tb_" + (1_000_000 + random.nextInt(99_000_000));
		}
		if (kind < 6) {
			String nick = pick(random, MOODS) + pick(random, THINGS);
			return random.nextBoolean() ? nick : nick + random.nextInt(100, 1000);
		}
		if (kind < 8) {
			return pick(random, NAMES) + (random.nextBoolean() ? "_" : "") + random.nextInt(1000, 10000);
		}
		if (kind < 9) {
			return "t_" + (1_500_000_000_000L + random.nextLong(80_000_000_000L)) + "_0" + random.nextInt(100, 1000);
		}
		return "jd_" + Long.toHexString(random.nextLong(0x1000_0000L, 0x1_0000_0000L));
	}

	private static String pick(RandomGenerator random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}

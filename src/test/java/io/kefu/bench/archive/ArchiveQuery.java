package io.kefu.bench.archive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a person types into the archive's search box: one or more words separated by
 * spaces; a message matches when it contains every word.
 */
record ArchiveQuery(List<String> words) {

	/** Shop words chosen by hand, two of them single characters. */
	static final List<String> SHOP_WORDS = List.of("包邮", "顺丰", "发货", "退款", "退货", "换货", "快递", "地址", "修改地址", "发票", "优惠券",
			"保价", "价保", "破损", "七天无理由", "京东快递", "到货", "物流", "签收", "尺码", "电池", "充电", "售后", "维修", "安装", "赠品", "运费", "订单",
			"取消订单", "白条", "京豆", "自提", "配送", "催单", "缺货", "有货", "预售", "差价", "补发", "漏发", "质量问题", "上门取件", "拒收", "以旧换新", "退",
			"寄");

	static List<ArchiveQuery> shopWords() {
		return SHOP_WORDS.stream().map((word) -> new ArchiveQuery(List.of(word))).toList();
	}

	/** Distinct single words cut from random messages. */
	static List<ArchiveQuery> sampledWords(ChatCorpus corpus, int count, long seed) {
		Random random = new Random(seed);
		Set<ArchiveQuery> queries = new LinkedHashSet<>();
		while (queries.size() < count) {
			String message = corpus.normalized().get(random.nextInt(corpus.normalized().size()));
			String word = hanSubstring(message, random);
			if (word != null) {
				queries.add(new ArchiveQuery(List.of(word)));
			}
		}
		return List.copyOf(queries);
	}

	/** Distinct pairs of words cut from the same random message. */
	static List<ArchiveQuery> sampledPairs(ChatCorpus corpus, int count, long seed) {
		Random random = new Random(seed);
		Set<ArchiveQuery> queries = new LinkedHashSet<>();
		while (queries.size() < count) {
			String message = corpus.normalized().get(random.nextInt(corpus.normalized().size()));
			String first = hanSubstring(message, random);
			String second = hanSubstring(message, random);
			if (first != null && second != null && !first.contains(second) && !second.contains(first)) {
				queries.add(new ArchiveQuery(List.of(first, second)));
			}
		}
		return List.copyOf(queries);
	}

	/**
	 * Two to four Han characters at a random place of the message, or {@code null} when
	 * that place holds anything else.
	 */
	private static String hanSubstring(String message, Random random) {
		int length = 2 + random.nextInt(3);
		if (message.length() < length) {
			return null;
		}
		int start = random.nextInt(message.length() - length + 1);
		String word = message.substring(start, start + length);
		boolean han = word.codePoints().allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return han ? word : null;
	}

	@Override
	public String toString() {
		return String.join(" ", words);
	}

}

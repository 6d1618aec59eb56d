package io.kefu.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Picks a typing test's passage from the shop's own words — its scripts and what its
 * agents wrote to buyers — so the test measures the typing the job needs. A passage is
 * whole replies, {@value #MIN_LENGTH}–{@value #MAX_LENGTH} code points, cleaned of
 * emoticon codes, placeholders and links; the same sources and seed give the same
 * passage.
 */
public final class TypingPassages {

	public static final int MIN_LENGTH = 150;

	public static final int MAX_LENGTH = 250;

	/**
	 * A reply shorter than this (after cleaning) is a greeting, not a sentence to type.
	 */
	private static final int SHORTEST_REPLY = 8;

	/**
	 * 旺旺 emoticon codes ({@code /:809}, {@code /:^_^}), bracketed emoji names
	 * ({@code [微笑]}), placeholders ({@code {买家}}, {@code ${name}}) and links.
	 */
	private static final Pattern NOISE = Pattern.compile(
			"/:(\\d{1,4}|[!-+\\-/:-@^-`|~A-Za-z]{1,5})|\\[[^\\]\\s]{1,6}]|\\$?\\{\\{?[^{}]{0,30}}?}|https?://\\S+");

	/** Replies opening with this many of the same characters are the same reply. */
	private static final int OPENING = 10;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * Used when the shop has too few words of its own yet: the pre-sales duties of seed
	 * 000, in a shop's voice.
	 */
	static final List<String> FALLBACK = List.of("亲,您好,很高兴为您服务,请问有什么可以帮到您的呢?",
			"售前客服要熟悉店铺的每一款宝贝,了解产品的材质、尺寸、功能和使用方法,买家问到的时候才能及时准确地回答。", "接待买家要热情耐心,回复要快,语气要亲切,不能让买家等太久,也不能使用禁用的词语。",
			"买家下单以后,要核对收货地址和联系电话,提醒买家尽快付款,并按照规范给订单做好备注。", "遇到买家议价,要说明我们的价格是公司统一制定的,同时介绍店铺正在进行的优惠活动。",
			"每天下班之前,要整理好当天的聊天记录,把没有处理完的问题交接给下一班的同事。");

	private TypingPassages() {
	}

	/**
	 * The passage for the seed from the given texts (scripts' variants, agents' replies).
	 */
	public static String pick(Collection<String> texts, long seed) {
		// a reply agents adapt from a script starts like it: one of them is enough
		Map<String, String> byOpening = new TreeMap<>();
		new TreeSet<>(texts.stream().map(TypingPassages::clean).filter(TypingPassages::typeable).toList())
			.forEach(reply -> byOpening.putIfAbsent(opening(reply), reply));
		List<String> pool = new ArrayList<>(byOpening.values());
		Collections.shuffle(pool, new Random(seed));
		StringBuilder passage = new StringBuilder();
		fill(passage, pool);
		if (length(passage) < MIN_LENGTH) {
			List<String> fallback = new ArrayList<>(FALLBACK);
			Collections.shuffle(fallback, new Random(seed));
			fill(passage, fallback);
		}
		return passage.toString();
	}

	/** Takes replies in turn while they fit, until the passage is long enough. */
	private static void fill(StringBuilder passage, List<String> replies) {
		for (String reply : replies) {
			if (length(passage) >= MIN_LENGTH) {
				return;
			}
			if (length(passage) + length(reply) <= MAX_LENGTH) {
				passage.append(reply);
			}
		}
	}

	/**
	 * The reply without emoticon codes, placeholders, links or line breaks, ending in
	 * punctuation.
	 */
	static String clean(String text) {
		String cleaned = SPACES.matcher(NOISE.matcher(text).replaceAll("")).replaceAll(" ").strip();
		if (!cleaned.isEmpty() && !endsInPunctuation(cleaned)) {
			cleaned += "。";
		}
		return cleaned;
	}

	/** Mostly Chinese and long enough to be worth typing. */
	private static boolean typeable(String reply) {
		int length = length(reply);
		long han = reply.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
		return length >= SHORTEST_REPLY && length <= MAX_LENGTH && han * 2 >= length;
	}

	/**
	 * The first characters of a reply, which tell a script and the replies adapted from
	 * it.
	 */
	private static String opening(String reply) {
		return reply.codePoints()
			.limit(OPENING)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static boolean endsInPunctuation(String text) {
		int last = text.codePointBefore(text.length());
		return "。！？!?~…,.，".indexOf(last) >= 0;
	}

	static int length(CharSequence text) {
		return Character.codePointCount(text, 0, text.length());
	}

}

package io.kefu.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The 旺旺/千牛 emoticon codes that marketplace chat text carries ({@code /:809},
 * {@code /:^_^}) and what a page shows instead: the emoji closest to the marketplace's
 * picture. Only the display converts: the stored text, and what is sent to the
 * marketplace, keep the code. The live pages use the same table, served as a script
 * module by {@link EmoticonScript}. Views call it as {@code ${@emoticons.display(text)}}.
 */
@Component("emoticons")
public final class Emoticons {

	/**
	 * The common codes in the order of the marketplace's picker, each with its name and
	 * emoji.
	 */
	private static final Map<String, Emoticon> TABLE = table(
	// @formatter:off
			"/:^_^", "微笑", "🙂", "/:^$^", "害羞", "😳", "/:Q", "吐舌头", "😛", "/:815", "偷笑", "🤭",
			"/:809", "爱慕", "😍", "/:^O^", "大笑", "😄", "/:081", "跳舞", "💃", "/:087", "飞吻", "😘",
			"/:086", "安慰", "🫂", "/:H", "抱抱", "🤗", "/:012", "加油", "💪", "/:806", "胜利", "✌️",
			"/:b", "强", "👍", "/:^x^", "亲亲", "😚", "/:814", "花痴", "🥰", "/:^W^", "露齿笑", "😁",
			"/:080", "查找", "🔍", "/:066", "呼叫", "📢", "/:807", "算账", "🧮", "/:805", "财迷", "🤑",
			"/:071", "好主意", "💡", "/:072", "鬼脸", "😜", "/:065", "天使", "😇", "/:804", "再见", "👋",
			"/:813", "流口水", "🤤", "/:818", "享受", "😌", "/:801", "思考", "🤔", "/:811", "迷惑", "😕",
			"/:?", "疑问", "❓", "/:077", "没钱了", "💸", "/:083", "无聊", "😑", "/:817", "怀疑", "🤨",
			"/:!", "嘘", "🤫", "/:079", "摇头", "🙅", "/:026", "尴尬", "😅", "/:007", "傻笑", "😆",
			"/:802", "流汗", "😓", "/:(Zz...)", "困了", "😪", "/:810", "忧伤", "😔", "/:>_<", "委屈", "🥺",
			"/:018", "悲泣", "😢", "/:>O<", "大哭", "😭", "/:819", "对不起", "🙇", "/:085", "再见", "👋",
			"/:812", "皱眉", "😟", "/:O", "惊愕", "😮", "/:808", "大怒", "😡", "/:>W<", "生气", "😠",
			"/:803", "恭喜发财", "🧧", "/:(OK)", "成交", "🤝", "/:8*8", "鼓掌", "👏", "/:)-(", "握手", "🤝",
			"/:lip", "红唇", "💋", "/:-F", "玫瑰", "🌹", "/:-W", "残花", "🥀", "/:Y", "爱心", "❤️",
			"/:qp", "心碎", "💔", "/:$", "钱", "💰", "/:%", "购物", "🛍️", "/:(&)", "礼物", "🎁",
			"/:@", "收邮件", "📧", "/:~B", "电话", "📞", "/:U*U", "举杯庆祝", "🥂", "/:clock", "时钟", "⏰",
			"/:R", "等待", "⏳", "/:C", "很晚了", "🌙", "/:plane", "飞机", "✈️");
	// @formatter:on

	/**
	 * Longest code first, so that {@code /:O=O} or {@code /:(OK)} is not read as
	 * {@code /:O}.
	 */
	private static final Pattern CODES = Pattern.compile(TABLE.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.map(Pattern::quote)
		.collect(Collectors.joining("|")));

	/** One emoticon: the marketplace's name for it and the emoji shown in its place. */
	public record Emoticon(String name, String emoji) {
	}

	/**
	 * The text as a page shows it: every known code replaced by its emoji; unknown codes
	 * and everything else as they are.
	 */
	public String display(@Nullable String text) {
		if (text == null || text.indexOf("/:") < 0) {
			return text == null ? "" : text;
		}
		Matcher matcher = CODES.matcher(text);
		return matcher.replaceAll(match -> Matcher.quoteReplacement(TABLE.get(match.group()).emoji()));
	}

	/** The whole table, code to emoticon, in the marketplace's order. */
	public Map<String, Emoticon> table() {
		return TABLE;
	}

	private static Map<String, Emoticon> table(String... triples) {
		Map<String, Emoticon> table = new LinkedHashMap<>();
		for (int i = 0; i < triples.length; i += 3) {
			table.put(triples[i], new Emoticon(triples[i + 1], triples[i + 2]));
		}
		return java.util.Collections.unmodifiableMap(table);
	}

}

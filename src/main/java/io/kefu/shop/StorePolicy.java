package io.kefu.shop;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A rule the shop promises its buyers, e.g. {@code SEVEN_DAY_RETURN} 七天无理由退换. */
public record StorePolicy(String code, String title, String body) {

	/**
	 * The policies most shops state (seed 000 售前规范语言, seed 002), with the title they
	 * usually have: offered on the form first.
	 */
	public static final Map<String, String> COMMON = commons();

	public static final int MAX_TITLE = 40;

	public static final int MAX_BODY = 2000;

	public static final int MAX_POLICIES = 30;

	private static Map<String, String> commons() {
		Map<String, String> common = new LinkedHashMap<>();
		common.put("SEVEN_DAY_RETURN", "七天无理由退换");
		common.put("INVOICE", "发票");
		common.put("SHIPPING_INSURANCE", "运费险");
		common.put("WARRANTY", "质保");
		return java.util.Collections.unmodifiableMap(common);
	}

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	/**
	 * One policy as entered at {@code field} ({@code [2]}), refused with the field named
	 * ({@code [2].title}).
	 */
	public static StorePolicy of(String field, @Nullable String code, @Nullable String title, @Nullable String body) {
		String taken = code == null ? "" : code.strip();
		if (!CODE.matcher(taken).matches()) {
			throw new InvalidKnowledgeException(field + ".code",
					"is upper-case letters, digits and _ starting with a letter (SEVEN_DAY_RETURN)");
		}
		return new StorePolicy(taken, KnowledgeText.required(field + ".title", title, MAX_TITLE),
				KnowledgeText.required(field + ".body", body, MAX_BODY));
	}

	/**
	 * @throws InvalidKnowledgeException for more than {@link #MAX_POLICIES} or a code
	 * twice
	 */
	public static List<StorePolicy> checked(List<StorePolicy> policies) {
		if (policies.size() > MAX_POLICIES) {
			throw new InvalidKnowledgeException("policies", "are at most " + MAX_POLICIES);
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < policies.size(); i++) {
			if (!codes.add(policies.get(i).code())) {
				throw new InvalidKnowledgeException("[" + i + "].code", "is given twice");
			}
		}
		return List.copyOf(policies);
	}

}

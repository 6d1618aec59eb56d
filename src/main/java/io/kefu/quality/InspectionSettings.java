package io.kefu.quality;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything the rules are configured with: each rule's settings and the thresholds of
 * the rules on times. A shop's settings will override {@link #DEFAULTS}; an
 * {@link Inspector} is built once per settings.
 *
 * @param slowThreshold answers slower than this are {@link Rule#SLOW_RESPONSE} (100 s,
 * the figures' slow threshold, where Qianniu warns)
 * @param fragmentWindow pieces of one answer sent within this of each other count as
 * fragments (60 s)
 * @param fragments this many pieces of one answer make it fragmented (3)
 * @param minimumI {@link Rule#I_NOT_WE} needs at least this many 我 in the reception (3)
 * @param validityDays an order counts for {@link Rule#NO_VERIFICATION} when created from
 * the reception's first message to the end of this many business days (2, 询单有效时长)
 */
public record InspectionSettings(Map<Rule, RuleSettings> rules, Duration slowThreshold, Duration fragmentWindow,
		int fragments, int minimumI, int validityDays) {

	public static final InspectionSettings DEFAULTS = new InspectionSettings(DefaultRules.all(),
			Duration.ofSeconds(100), Duration.ofSeconds(60), 3, 3, 2);

	public InspectionSettings {
		EnumMap<Rule, RuleSettings> copy = new EnumMap<>(Rule.class);
		copy.putAll(rules);
		for (Rule rule : Rule.values()) {
			if (!copy.containsKey(rule)) {
				throw new IllegalArgumentException("No settings for the rule " + rule);
			}
		}
		rules = Map.copyOf(copy);
		if (slowThreshold.isNegative() || slowThreshold.isZero() || fragmentWindow.isNegative()
				|| fragmentWindow.isZero()) {
			throw new IllegalArgumentException("The slow threshold and the fragment window are positive");
		}
		if (fragments < 2 || minimumI < 1 || validityDays < 1 || validityDays > 15) {
			throw new IllegalArgumentException("fragments is at least 2, minimumI at least 1 and validityDays 1 to 15");
		}
	}

	public RuleSettings rule(Rule rule) {
		return rules.get(rule);
	}

	/** These settings with one rule's settings replaced (a shop's own, later). */
	public InspectionSettings with(Rule rule, RuleSettings settings) {
		EnumMap<Rule, RuleSettings> changed = new EnumMap<>(rules);
		changed.put(rule, settings);
		return new InspectionSettings(changed, slowThreshold, fragmentWindow, fragments, minimumI, validityDays);
	}

	public InspectionSettings withSlowThreshold(Duration threshold) {
		return new InspectionSettings(rules, threshold, fragmentWindow, fragments, minimumI, validityDays);
	}

	public InspectionSettings withValidityDays(int days) {
		return new InspectionSettings(rules, slowThreshold, fragmentWindow, fragments, minimumI, days);
	}

}

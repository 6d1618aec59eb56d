package io.kefu.quality.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop's settings of the inspection rules. Any staff member of the shop reads them; a
 * supervisor changes one rule or gives it its defaults back. A change applies to the
 * inspections made after it; {@code POST …/inspections/rerun} applies it to a period.
 */
@RestController
class RuleSettingsApi {

	private static final List<Locale> SPOKEN = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final InspectionRules rules;

	private final MessageSource messages;

	RuleSettingsApi(InspectionRules rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping("/api/v1/shops/{shopId}/inspections/rules")
	RulesView all(@PathVariable long shopId,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language,
			Caller caller) {
		caller.requireShop(shopId);
		InspectionSettings settings = rules.of(ShopId.of(shopId));
		Locale locale = locale(language);
		return new RulesView(rules.version(ShopId.of(shopId)),
				Arrays.stream(Rule.values()).map(rule -> view(rule, settings.rule(rule), locale)).toList());
	}

	/** Replaces the rule's settings: every field is needed, as GET answers them. */
	@PutMapping("/api/v1/shops/{shopId}/inspections/rules/{rule}")
	ChangedRule change(@PathVariable long shopId, @PathVariable("rule") String name, @RequestBody RuleRequest body,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		Rule rule = UnknownRuleException.rule(name);
		rules.change(ShopId.of(shopId), rule, body.settings(rule), AgentId.of(caller.agentId()));
		return changed(shopId, rule, language);
	}

	@DeleteMapping("/api/v1/shops/{shopId}/inspections/rules/{rule}")
	ChangedRule reset(@PathVariable long shopId, @PathVariable("rule") String name,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		Rule rule = UnknownRuleException.rule(name);
		rules.reset(ShopId.of(shopId), rule, AgentId.of(caller.agentId()));
		return changed(shopId, rule, language);
	}

	private ChangedRule changed(long shopId, Rule rule, @Nullable String language) {
		return new ChangedRule(rules.version(ShopId.of(shopId)),
				view(rule, rules.of(ShopId.of(shopId)).rule(rule), locale(language)));
	}

	private RuleView view(Rule rule, RuleSettings settings, Locale locale) {
		return RuleView.of(rule, settings, messages.getMessage("quality.rule." + rule + ".name", null, locale),
				messages.getMessage("quality.rule." + rule + ".description", null, locale));
	}

	/**
	 * The first of Kefu's languages the header names, Chinese when none: a script has no
	 * language cookie, only its header (as the import API reads it).
	 */
	static Locale locale(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
			return chosen == null ? Locale.SIMPLIFIED_CHINESE : chosen;
		}
		catch (IllegalArgumentException ex) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

	@ExceptionHandler(InvalidRuleSettings.class)
	ProblemDetail invalid(InvalidRuleSettings ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
		return problem;
	}

	@ExceptionHandler(UnknownRuleException.class)
	ProblemDetail unknown(UnknownRuleException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	record RulesView(int version, List<RuleView> rules) {
	}

	record ChangedRule(int version, RuleView rule) {
	}

}

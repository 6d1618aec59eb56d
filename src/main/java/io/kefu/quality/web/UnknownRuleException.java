package io.kefu.quality.web;

import java.util.Arrays;
import java.util.Locale;

import io.kefu.quality.Rule;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A path named a rule that does not exist: the page or resource is not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownRuleException extends RuntimeException {

	UnknownRuleException(String name) {
		super("There is no rule " + name + "; the rules are " + Arrays.toString(Rule.values()));
	}

	/** The rule a path names, in any case. */
	static Rule rule(String name) {
		try {
			return Rule.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownRuleException(name);
		}
	}

}

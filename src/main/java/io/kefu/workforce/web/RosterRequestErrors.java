package io.kefu.workforce.web;

import io.kefu.workforce.RosterStateException;
import io.kefu.workforce.RosterViolation;
import io.kefu.workforce.SwapBreaksRuleException;
import io.kefu.workforce.UnknownRosterItemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The swap, leave and wishes API's own failures as problem details: another shop's number
 * or an unknown agent is 404, a step the swap or leave does not allow now is 409, and a
 * swap refused for a rule names the rule, the agent and the day.
 */
@RestControllerAdvice(assignableTypes = { SwapApi.class, LeaveApi.class, WishApi.class })
class RosterRequestErrors {

	@ExceptionHandler(UnknownRosterItemException.class)
	ProblemDetail unknown(UnknownRosterItemException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(SwapBreaksRuleException.class)
	ProblemDetail breaksRule(SwapBreaksRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		RosterViolation violation = ex.violation();
		problem.setTitle("The swap breaks a roster rule");
		problem.setProperty("constraint", violation.constraint());
		problem.setProperty("agent", violation.agent());
		problem.setProperty("date", violation.day() == null ? null : violation.day().toString());
		problem.setProperty("swap", ex.swap().id());
		return problem;
	}

	@ExceptionHandler(RosterStateException.class)
	ProblemDetail conflict(RosterStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}

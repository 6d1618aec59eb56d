package io.kefu.order.web;

import java.util.List;

/** A remark request with wrong fields, each named with its reason. */
class InvalidRemarkRequest extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidRemarkRequest(List<FieldProblem> problems) {
		super("Some fields are invalid: " + problems);
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return problems;
	}

	record FieldProblem(String field, String reason) {
	}

}

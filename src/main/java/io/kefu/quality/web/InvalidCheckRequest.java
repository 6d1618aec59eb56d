package io.kefu.quality.web;

import java.util.List;

/** A check request with wrong fields; each problem names its field. */
class InvalidCheckRequest extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidCheckRequest(List<FieldProblem> problems) {
		super("Some fields are invalid");
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return problems;
	}

	record FieldProblem(String field, String reason) {
	}

}

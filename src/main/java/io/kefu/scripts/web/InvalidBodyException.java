package io.kefu.scripts.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * A request body that breaks its constraints. The API validates bodies after checking the
 * caller's role, so that a caller who may not make the change learns only that (403), not
 * what was wrong with the body.
 */
class InvalidBodyException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	private InvalidBodyException(List<FieldProblem> problems) {
		super("Some fields are invalid");
		this.problems = problems;
	}

	static <T> T requireValid(Validator validator, T body) {
		Set<ConstraintViolation<T>> violations = validator.validate(body);
		if (!violations.isEmpty()) {
			throw new InvalidBodyException(violations.stream()
				.map(violation -> new FieldProblem(field(violation.getPropertyPath().toString()),
						violation.getMessage()))
				.sorted((a, b) -> a.field().compareTo(b.field()))
				.toList());
		}
		return body;
	}

	/** {@code variants[1].<list element>} is the field {@code variants[1]}. */
	static String field(String path) {
		return path.replace(".<list element>", "");
	}

	List<FieldProblem> problems() {
		return problems;
	}

	record FieldProblem(String field, String reason) {
	}

}

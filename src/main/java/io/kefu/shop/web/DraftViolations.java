package io.kefu.shop.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the bean-validation violations of a {@link io.kefu.shop.ProductDraft} on the form
 * that shows it. The draft's property paths ({@code skus[1].price},
 * {@code sellingPoints[0].<list element>}) name the form's fields once the form is
 * rebuilt from the draft; the class-level SKU code check belongs to the SKU table.
 */
final class DraftViolations {

	private DraftViolations() {
	}

	static void addTo(BindingResult binding, Set<? extends ConstraintViolation<?>> violations) {
		for (ConstraintViolation<?> violation : violations) {
			String field = field(violation.getPropertyPath().toString());
			Object rejected = field.equals("skus") ? null : violation.getInvalidValue();
			binding.addError(new FieldError(binding.getObjectName(), field, rejected, false, null, null,
					violation.getMessage()));
		}
	}

	static String field(String path) {
		if (path.equals("skuCodesUnique")) {
			return "skus";
		}
		return path.replace(".<list element>", "");
	}

}

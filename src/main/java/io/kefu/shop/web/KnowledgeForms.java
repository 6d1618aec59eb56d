package io.kefu.shop.web;

import io.kefu.shop.InvalidKnowledgeException;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts a refused field of the shop's knowledge on the form that sent it, under the
 * message {@code knowledge.invalid.<field>} (indexes and keys left out:
 * {@code rows[2].title} is {@code rows}): on the field when the form has it, else on the
 * form as a whole.
 */
final class KnowledgeForms {

	private KnowledgeForms() {
	}

	static void reject(BindingResult binding, InvalidKnowledgeException ex) {
		String field = ex.field();
		String base = field.replaceAll("[\\[.].*", "");
		Object target = binding.getTarget();
		if (target != null && BeanUtils.getPropertyDescriptor(target.getClass(), base) != null) {
			binding.rejectValue(field, "knowledge.invalid." + base, ex.reason());
		}
		else {
			binding.reject("knowledge.invalid." + base, new Object[] { field, ex.reason() }, ex.getMessage());
		}
	}

}

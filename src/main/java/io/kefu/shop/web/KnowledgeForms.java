package io.kefu.shop.web;

import io.kefu.shop.InvalidKnowledgeException;

import org.springframework.validation.BindingResult;

/**
 * Puts a refused field of the shop's knowledge on the form that sent it: under the
 * message {@code knowledge.invalid.<field>} when the form has the field, else on the form
 * as a whole.
 */
final class KnowledgeForms {

	private KnowledgeForms() {
	}

	static void reject(BindingResult binding, InvalidKnowledgeException ex) {
		String field = ex.field();
		if (binding.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(binding.getTarget().getClass(), field.replaceAll("[\\[.].*", "")) != null) {
			binding.rejectValue(field, "knowledge.invalid." + field.replaceAll("\\[\\d+]", ""), ex.reason());
		}
		else {
			binding.reject("knowledge.invalid", ex.getMessage());
		}
	}

}

package io.kefu.appraisal.web;

import io.kefu.appraisal.AppraisalStateException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A change the month's status does not allow is a conflict with that status (409). */
@RestControllerAdvice(assignableTypes = { AppraisalApi.class, AppraisalSheetApi.class })
class AppraisalErrors {

	@ExceptionHandler(AppraisalStateException.class)
	ProblemDetail locked(AppraisalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}

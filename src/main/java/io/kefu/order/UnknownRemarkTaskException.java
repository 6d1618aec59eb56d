package io.kefu.order;

/** A remark task id that names no task. */
public class UnknownRemarkTaskException extends RuntimeException {

	public UnknownRemarkTaskException(long id) {
		super("There is no remark task " + id);
	}

}

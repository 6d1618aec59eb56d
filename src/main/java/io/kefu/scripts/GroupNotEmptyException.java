package io.kefu.scripts;

/**
 * A group that still holds scripts is not deleted: its scripts would go with it. They are
 * moved or deleted first.
 */
public class GroupNotEmptyException extends RejectedChangeException {

	public GroupNotEmptyException(String group, int scripts) {
		super("id", "scriptGroup.notEmpty",
				"The group " + group + " still holds " + scripts + " scripts; move or delete them first", group,
				scripts);
	}

}

package io.kefu.followup;

/** How a touch reached the buyer. */
public enum Channel {

	/** 旺旺留言: a message, through Kefu's live chat or the marketplace's client. */
	MESSAGE,
	/** 电话 */
	PHONE

}

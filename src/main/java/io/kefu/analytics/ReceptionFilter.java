package io.kefu.analytics;

/** Which receptions a drill-down lists: the ones behind one number of the figures. */
public enum ReceptionFilter {

	ALL, REPLIED, UNREPLIED, INQUIRY, ORDERED, PAID

}

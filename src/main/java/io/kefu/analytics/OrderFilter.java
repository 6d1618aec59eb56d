package io.kefu.analytics;

/**
 * Which orders a drill-down lists: those paid in the range and credited to the agent
 * (sales), those with a refund counted in the range (refunds), or those paid in the range
 * and credited to nobody (silent).
 */
public enum OrderFilter {

	SALES, REFUNDS, SILENT

}

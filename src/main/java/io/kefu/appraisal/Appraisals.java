package io.kefu.appraisal;

import java.time.YearMonth;
import java.util.List;

import io.kefu.shop.ShopId;

/**
 * Every shop's monthly appraisals: the supervisor's inputs, and the month appraised from
 * the shop's figures (analytics, the shop's judge rule) with them.
 */
public interface Appraisals {

	/** The month's inputs; the defaults for a month nobody has given any. */
	MonthInputs inputs(ShopId shop, YearMonth month);

	/** Replaces the month's rate and bonus amount, and the inputs of the agents given. */
	MonthInputs changeInputs(ShopId shop, YearMonth month, MonthInputs inputs);

	/**
	 * Appraises the month: every agent of the shop with a skill group, from the month's
	 * figures and inputs.
	 */
	MonthAppraisal appraise(ShopId shop, YearMonth month);

	/** Where the month stands; open for a month nobody has touched. */
	MonthStatus status(ShopId shop, YearMonth month);

	/** The month's reward/penalty sheet, by day. */
	List<SheetEntry> sheet(ShopId shop, YearMonth month);

	/**
	 * Adds a line to the sheet of an open month.
	 * @throws IllegalArgumentException when the line's day is not in the month
	 * @throws AppraisalStateException when the month is submitted or approved
	 */
	SheetEntry addSheetEntry(ShopId shop, YearMonth month, SheetEntry entry);

	/**
	 * Removes a line from the sheet of an open month.
	 * @return false when the month's sheet has no such line
	 */
	boolean removeSheetEntry(ShopId shop, YearMonth month, long id);

	List<CheatingRecord> cheating(ShopId shop, YearMonth month);

	/**
	 * Records cheating in an open month.
	 * @throws IllegalArgumentException when the record's day is not in the month
	 * @throws AppraisalStateException when the month is submitted or approved
	 */
	CheatingRecord recordCheating(ShopId shop, YearMonth month, CheatingRecord record);

	/**
	 * Moves the month on (submit, approve, reopen), keeping who did it, when and why.
	 * @throws AppraisalStateException when the month's status does not allow the step
	 */
	MonthStatus advance(ShopId shop, YearMonth month, MonthEvent event);

	/** The month's approval steps, oldest first. */
	List<MonthEvent> events(ShopId shop, YearMonth month);

}

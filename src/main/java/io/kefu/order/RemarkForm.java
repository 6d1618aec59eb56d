package io.kefu.order;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A remark in the house form {@code 客服名 客户要求/承诺 日期}: who wrote it, what the buyer asked
 * for or what was promised, and the day, e.g. {@code 小美 客户要求发顺丰,已补差价12元 2026.11.22}. Seed
 * 000 (电商部客服工作流程 f) gives the form "接待客服姓名客户要求或我们的承诺接待日期" with the example
 * "蔡蔡送某某礼物一份,发申通2014.8.20"; the parts are separated by one space here so that the clerk
 * reads them apart, and the date is written as the seed writes it, {@code yyyy.M.d} in
 * the shop's time zone, with the year, because remarks stay on an order for its whole
 * life.
 * <p>
 * The request must fit on one line of the marketplace's seller remark: it is not blank,
 * has at most {@value #MAX_REQUEST_LENGTH} characters and no line breaks or other control
 * characters.
 */
public record RemarkForm(String agentName, String request, LocalDate date) {

	/** The longest request, in characters (code points). */
	public static final int MAX_REQUEST_LENGTH = 200;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu.M.d");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

	/**
	 * @throws RemarkRejected naming the field ({@code agentName} or {@code request}) that
	 * does not fit the form
	 */
	public RemarkForm {
		agentName = oneLine("agentName", agentName, "A remark names the agent who wrote it");
		request = oneLine("request", request, "Say what the buyer asked for or what was promised");
		int length = request.codePointCount(0, request.length());
		if (length > MAX_REQUEST_LENGTH) {
			throw new RemarkRejected("request", "At most " + MAX_REQUEST_LENGTH + " characters, not " + length
					+ ": the clerk reads it at a glance");
		}
		if (date == null) {
			throw new RemarkRejected("date", "A remark is dated");
		}
	}

	public static RemarkForm of(String agentName, String request, LocalDate date) {
		return new RemarkForm(agentName, request, date);
	}

	/** The remark as it is stored and shown: {@code 客服名 要求或承诺 日期}. */
	public String text() {
		return agentName + " " + request + " " + DATE.format(date);
	}

	/** A value of one line, trimmed, or a {@link RemarkRejected} naming the field. */
	static String oneLine(String field, @Nullable String value, String whenBlank) {
		if (value == null || value.isBlank()) {
			throw new RemarkRejected(field, whenBlank);
		}
		String stripped = value.strip();
		if (CONTROL.matcher(stripped).find()) {
			throw new RemarkRejected(field,
					"One line without line breaks: the order clerk's list and the marketplace show one line");
		}
		return stripped;
	}

}

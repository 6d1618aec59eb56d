package io.kefu.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kefu.reception.PresenceSpan;
import io.kefu.staff.AgentId;
import io.kefu.workforce.AttendanceDay.State;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceUnitTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final LocalDate DAY = LocalDate.of(2027, 2, 10);

	private static final AgentId MEI = AgentId.of(7);

	private static final AgentId JIE = AgentId.of(8);

	/** The morning after: every shift of {@link #DAY} has ended. */
	private static final Instant LATER = at(DAY.plusDays(1), "08:00");

	@Test
	void atTheDeskBeforeTheStartAndAfterTheEndKeepsTheShift() {
		AttendanceDay day = judge(dayShift(), desk().from("08:55").to("17:40"));

		assertThat(day.kept()).isTrue();
		assertThat(day.signedIn()).isEqualTo(at(DAY, "08:55"));
		assertThat(day.signedOff()).isNull();
	}

	@Test
	void signingInTenMinutesAfterTheStartIsLateByTen() {
		AttendanceDay day = judge(dayShift(), desk().from("09:10").to("17:30"));

		assertThat(day.late()).isTrue();
		assertThat(day.lateMinutes()).isEqualTo(10);
		assertThat(day.leftEarly()).isFalse();
		assertThat(day.absent()).isFalse();
	}

	@Test
	void fiveMinutesAfterTheStartIsWithinTheGrace() {
		AttendanceDay day = judge(dayShift(), desk().from("09:05").to("17:30"));

		assertThat(day.late()).isFalse();
		assertThat(day.lateMinutes()).isZero();
	}

	@Test
	void aSecondPastTheGraceIsLateByTheWholeMinutes() {
		AttendanceDay day = judge(dayShift(), desk().from("09:05:01").to("17:30"));

		assertThat(day.late()).isTrue();
		assertThat(day.lateMinutes()).isEqualTo(5);
	}

	@Test
	void signingOffHalfAnHourBeforeTheEndIsLeavingEarlyByThirty() {
		AttendanceDay day = judge(dayShift(), desk().from("09:00").to("17:00"));

		assertThat(day.leftEarly()).isTrue();
		assertThat(day.earlyMinutes()).isEqualTo(30);
		assertThat(day.signedOff()).isEqualTo(at(DAY, "17:00"));
		assertThat(day.late()).isFalse();
	}

	@Test
	void signingOffWithinTheGraceOfTheEndIsNotLeavingEarly() {
		AttendanceDay day = judge(dayShift(), desk().from("09:00").to("17:25"));

		assertThat(day.leftEarly()).isFalse();
		assertThat(day.earlyMinutes()).isZero();
	}

	@Test
	void aBreakInTheMiddleOfTheShiftIsNotJudged() {
		AttendanceDay day = judge(dayShift(), desk().from("09:00").to("12:00").from("12:40").to("17:30"));

		assertThat(day.kept()).isTrue();
	}

	@Test
	void comingBackAfterABreakButLeavingBeforeTheEndIsLeavingEarlyFromTheLastSignOff() {
		AttendanceDay day = judge(dayShift(), desk().from("09:00").to("12:00").from("13:00").to("16:00"));

		assertThat(day.leftEarly()).isTrue();
		assertThat(day.earlyMinutes()).isEqualTo(90);
	}

	@Test
	void lateAndLeavingEarlyTheSameDayCountsBoth() {
		AttendanceDay day = judge(dayShift(), desk().from("09:20").to("17:00"));

		assertThat(day.late()).isTrue();
		assertThat(day.lateMinutes()).isEqualTo(20);
		assertThat(day.leftEarly()).isTrue();
		assertThat(day.earlyMinutes()).isEqualTo(30);
	}

	@Test
	void aShiftBeforeTheShopsPresenceHistoryBeginsIsNotJudged() {
		Attendance before = new Attendance(SHANGHAI, LATER, at(DAY, "12:00"));
		Attendance none = new Attendance(SHANGHAI, LATER, null);

		assertThat(before.judge(dayShift(), List.of(), false).state()).isEqualTo(AttendanceDay.State.NO_HISTORY);
		assertThat(before.judge(dayShift(), List.of(), false).absent()).isFalse();
		assertThat(none.judge(dayShift(), List.of(), false).state()).isEqualTo(AttendanceDay.State.NO_HISTORY);
		assertThat(new Attendance(SHANGHAI, LATER, at(DAY, "08:00")).judge(dayShift(), List.of(), false).absent())
			.isTrue();
	}

	@Test
	void neverAtTheDeskDuringTheShiftIsAbsentNotLate() {
		AttendanceDay day = judge(dayShift(), desk());

		assertThat(day.absent()).isTrue();
		assertThat(day.late()).isFalse();
		assertThat(day.leftEarly()).isFalse();
		assertThat(day.signedIn()).isNull();
	}

	@Test
	void atTheDeskOnlyBeforeTheShiftIsAbsent() {
		AttendanceDay day = judge(dayShift(), desk().from("07:00").to("08:30"));

		assertThat(day.absent()).isTrue();
	}

	@Test
	void aColleagueAtTheDeskDoesNotCountForTheAgent() {
		List<PresenceSpan> spans = List.of(new PresenceSpan(JIE, at(DAY, "09:00"), at(DAY, "17:30")));

		AttendanceDay day = new Attendance(SHANGHAI, LATER).judge(dayShift(), spans, false);

		assertThat(day.absent()).isTrue();
	}

	@Test
	void comingInForTheLastMinutesIsLateNotAbsent() {
		AttendanceDay day = judge(dayShift(), desk().from("17:20").to("17:30"));

		assertThat(day.absent()).isFalse();
		assertThat(day.lateMinutes()).isEqualTo(500);
	}

	@Test
	void aNightShiftPastMidnightEndsTheNextDay() {
		PublishedShift night = shift("L", "22:00", "06:00");

		AttendanceDay day = judge(night, desk().from("21:55").to(DAY.plusDays(1), "05:00"));

		assertThat(day.end()).isEqualTo(at(DAY.plusDays(1), "06:00"));
		assertThat(day.late()).isFalse();
		assertThat(day.leftEarly()).isTrue();
		assertThat(day.earlyMinutes()).isEqualTo(60);
	}

	@Test
	void aNightShiftPastMidnightIsNotJudgedBeforeItEnds() {
		PublishedShift night = shift("L", "22:00", "06:00");

		AttendanceDay day = new Attendance(SHANGHAI, at(DAY.plusDays(1), "05:59")).judge(night, List.of(), false);

		assertThat(day.state()).isEqualTo(State.IN_PROGRESS);
		assertThat(day.absent()).isFalse();
	}

	@Test
	void theShiftRunningNowIsInProgressAndNotJudged() {
		AttendanceDay day = new Attendance(SHANGHAI, at(DAY, "12:00")).judge(dayShift(),
				desk().from("09:30").to("11:00").spans, false);

		assertThat(day.state()).isEqualTo(State.IN_PROGRESS);
		assertThat(day.late()).isFalse();
		assertThat(day.signedIn()).isEqualTo(at(DAY, "09:30"));
	}

	@Test
	void aShiftNotBegunIsAhead() {
		AttendanceDay day = new Attendance(SHANGHAI, at(DAY, "08:00")).judge(dayShift(), List.of(), false);

		assertThat(day.state()).isEqualTo(State.AHEAD);
		assertThat(day.absent()).isFalse();
	}

	@Test
	void aShiftIsJudgedFromTheMomentItEnds() {
		AttendanceDay day = new Attendance(SHANGHAI, at(DAY, "17:30")).judge(dayShift(), List.of(), false);

		assertThat(day.state()).isEqualTo(State.JUDGED);
		assertThat(day.absent()).isTrue();
	}

	@Test
	void aDayOfApprovedLeaveIsNotJudged() {
		AttendanceDay day = new Attendance(SHANGHAI, LATER).judge(dayShift(), List.of(), true);

		assertThat(day.state()).isEqualTo(State.ON_LEAVE);
		assertThat(day.absent()).isFalse();
	}

	@Test
	void theShiftsClockTimesAreTheShopsTimeZone() {
		// 09:00 to 17:30 in Shanghai is 01:00 to 09:30 UTC; read as UTC, the agent left
		// at 09:30
		List<PresenceSpan> spans = List
			.of(new PresenceSpan(MEI, Instant.parse("2027-02-10T01:00:00Z"), Instant.parse("2027-02-10T09:30:00Z")));

		assertThat(new Attendance(SHANGHAI, LATER).judge(dayShift(), spans, false).kept()).isTrue();
		assertThat(new Attendance(ZoneId.of("UTC"), LATER).judge(dayShift(), spans, false).earlyMinutes())
			.isEqualTo(8 * 60);
	}

	@Test
	void theMonthSumsEachAgentsJudgedShifts() {
		Attendance attendance = new Attendance(SHANGHAI, at(DAY.plusDays(2), "12:00"));
		List<AttendanceDay> days = List.of(
				attendance.judge(shiftOn(MEI, DAY), spans(MEI, DAY, "09:10", "17:00"), false),
				attendance.judge(shiftOn(MEI, DAY.plusDays(1)), List.of(), false),
				attendance.judge(shiftOn(MEI, DAY.plusDays(2)), List.of(), false),
				attendance.judge(shiftOn(JIE, DAY), spans(JIE, DAY, "09:00", "17:30"), false));

		assertThat(AttendanceSummary.of(days)).containsExactly(new AttendanceSummary(MEI, 2, 1, 10, 1, 30, 1),
				new AttendanceSummary(JIE, 1, 0, 0, 0, 0, 0));
	}

	private static AttendanceDay judge(PublishedShift shift, Desk desk) {
		return new Attendance(SHANGHAI, LATER).judge(shift, desk.spans, false);
	}

	private static PublishedShift dayShift() {
		return shiftOn(MEI, DAY);
	}

	private static PublishedShift shiftOn(AgentId agent, LocalDate day) {
		return new PublishedShift(agent, day, "D", "白班", LocalTime.of(9, 0), LocalTime.of(17, 30));
	}

	private static PublishedShift shift(String code, String start, String end) {
		return new PublishedShift(MEI, DAY, code, code, LocalTime.parse(start), LocalTime.parse(end));
	}

	private static List<PresenceSpan> spans(AgentId agent, LocalDate day, String from, String to) {
		return List.of(new PresenceSpan(agent, at(day, from), at(day, to)));
	}

	private static Instant at(LocalDate day, String time) {
		return LocalDateTime.of(day, LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
	}

	private static Desk desk() {
		return new Desk();
	}

	/** Mei's spans at the desk on {@link #DAY}, built from sign-in to sign-off. */
	private static final class Desk {

		private final List<PresenceSpan> spans = new ArrayList<>();

		private Instant from;

		Desk from(String time) {
			from = at(DAY, time);
			return this;
		}

		Desk to(String time) {
			return to(DAY, time);
		}

		Desk to(LocalDate day, String time) {
			spans.add(new PresenceSpan(MEI, from, at(day, time)));
			return this;
		}

	}

}

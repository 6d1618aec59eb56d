package io.kefu.reception.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kefu.reception.Presence;
import io.kefu.reception.PresenceSpan;
import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeskSpansUnitTests {

	private static final AgentId MEI = AgentId.of(1);

	private static final AgentId JIE = AgentId.of(2);

	private static final Instant FROM = at("08:00");

	private static final Instant TO = at("20:00");

	@Test
	void aSpanRunsFromComingOnlineToSigningOut() {
		assertThat(spans(changes().of(MEI, "ONLINE", "09:00").of(MEI, "OFFLINE", "17:30")))
			.containsExactly(span(MEI, "09:00", "17:30"));
	}

	@Test
	void busyIsStillAtTheDeskAndKeepsTheSpanOpen() {
		assertThat(spans(changes().of(MEI, "ONLINE", "09:00")
			.of(MEI, "BUSY", "10:00")
			.of(MEI, "ONLINE", "11:00")
			.of(MEI, "OFFLINE", "12:00"))).containsExactly(span(MEI, "09:00", "12:00"));
	}

	@Test
	void awayIsABreakBetweenTwoSpans() {
		assertThat(spans(changes().of(MEI, "ONLINE", "09:00")
			.of(MEI, "AWAY", "12:00")
			.of(MEI, "BUSY", "12:30")
			.of(MEI, "OFFLINE", "17:30"))).containsExactly(span(MEI, "09:00", "12:00"), span(MEI, "12:30", "17:30"));
	}

	@Test
	void aSpanBegunBeforeThePeriodIsCutToIt() {
		assertThat(spans(changes().of(MEI, "ONLINE", "07:00").of(MEI, "OFFLINE", "09:00")))
			.containsExactly(span(MEI, "08:00", "09:00"));
	}

	@Test
	void aSpanStillOpenEndsWithThePeriod() {
		assertThat(spans(changes().of(MEI, "ONLINE", "19:00"))).containsExactly(span(MEI, "19:00", "20:00"));
	}

	@Test
	void anAgentAwayWhenThePeriodBeganHasNoSpanUntilTheyComeBack() {
		assertThat(spans(changes().of(MEI, "AWAY", "07:00").of(MEI, "ONLINE", "10:00").of(MEI, "AWAY", "11:00")))
			.containsExactly(span(MEI, "10:00", "11:00"));
	}

	@Test
	void eachAgentHasTheirOwnSpans() {
		assertThat(spans(changes().of(MEI, "ONLINE", "09:00").of(JIE, "ONLINE", "10:00").of(JIE, "OFFLINE", "11:00")))
			.containsExactly(span(MEI, "09:00", "20:00"), span(JIE, "10:00", "11:00"));
	}

	@Test
	void signingOutTwiceOrComingBackAtOnceLeavesNoEmptySpan() {
		assertThat(spans(changes().of(MEI, "OFFLINE", "07:00")
			.of(MEI, "OFFLINE", "09:00")
			.of(MEI, "ONLINE", "10:00")
			.of(MEI, "AWAY", "10:00"))).isEmpty();
	}

	@Test
	void noChangesNoSpans() {
		assertThat(spans(changes())).isEmpty();
	}

	private static List<PresenceSpan> spans(Changes changes) {
		return DeskSpans.of(changes.list, FROM, TO);
	}

	private static Changes changes() {
		return new Changes();
	}

	private static PresenceSpan span(AgentId agent, String from, String to) {
		return new PresenceSpan(agent, at(from), at(to));
	}

	private static Instant at(String time) {
		return Instant.parse("2027-02-10T" + time + ":00Z");
	}

	private static final class Changes {

		private final List<DeskSpans.Change> list = new ArrayList<>();

		Changes of(AgentId agent, String presence, String time) {
			list.add(new DeskSpans.Change(agent, Presence.valueOf(presence), at(time)));
			return this;
		}

	}

}

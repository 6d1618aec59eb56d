package io.kefu.workforce.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.workforce.AttendanceDay;
import io.kefu.workforce.AttendanceSheet;
import io.kefu.workforce.AttendanceSheets;
import io.kefu.workforce.AttendanceSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A month's attendance (考勤) over HTTP: supervisors and the owner read everyone's, agents
 * their own.
 */
@RestController
class AttendanceApi {

	private final AttendanceSheets sheets;

	private final Shops shops;

	private final Staff staff;

	private final Clock clock;

	AttendanceApi(AttendanceSheets sheets, Shops shops, Staff staff, Clock clock) {
		this.sheets = sheets;
		this.shops = shops;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/api/v1/shops/{shopId}/attendance")
	SheetView attendance(@PathVariable long shopId, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String agent, Caller caller) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		AgentId whose = AttendanceRoles.whose(caller, shop, agent, staff);
		return SheetView.of(sheets.of(shop.id(), AttendanceRoles.month(month, shop, clock), whose));
	}

	/** The month as the API reports it; agents by username, as the roster names them. */
	record SheetView(String month, int graceMinutes, List<SummaryView> summaries, List<RecordView> records) {

		static SheetView of(AttendanceSheet sheet) {
			Map<AgentId, AttendanceSheet.Member> members = sheet.agents()
				.stream()
				.collect(Collectors.toMap(AttendanceSheet.Member::id, Function.identity()));
			return new SheetView(sheet.month().toString(), sheet.graceMinutes(),
					sheet.summaries().stream().map(s -> SummaryView.of(s, members.get(s.agent()))).toList(),
					sheet.days().stream().map(d -> RecordView.of(d, members.get(d.agent()))).toList());
		}

	}

	/** An agent's month: counts of shifts and minutes. */
	record SummaryView(String agent, String name, int shifts, int late, int lateMinutes, int leftEarly,
			int earlyMinutes, int absent) {

		static SummaryView of(AttendanceSummary summary, AttendanceSheet.Member member) {
			return new SummaryView(member.username(), member.name(), summary.shifts(), summary.late(),
					summary.lateMinutes(), summary.leftEarly(), summary.earlyMinutes(), summary.absent());
		}

	}

	/** An agent's shift of a day and how they kept it. */
	record RecordView(String agent, LocalDate date, String shift, String shiftName, Instant start, Instant end,
			AttendanceDay.State state, @Nullable Instant signedIn, @Nullable Instant signedOff, boolean late,
			int lateMinutes, boolean leftEarly, int earlyMinutes, boolean absent) {

		static RecordView of(AttendanceDay day, AttendanceSheet.Member member) {
			return new RecordView(member.username(), day.day(), day.shift(), day.shiftName(), day.start(), day.end(),
					day.state(), day.signedIn(), day.signedOff(), day.late(), day.lateMinutes(), day.leftEarly(),
					day.earlyMinutes(), day.absent());
		}

	}

}

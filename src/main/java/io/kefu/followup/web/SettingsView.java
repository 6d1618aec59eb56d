package io.kefu.followup.web;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import io.kefu.followup.FollowupSettings;
import io.kefu.followup.TimeWindow;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The follow-up settings as the API reads and writes them; times are shop time, windows
 * {@code HH:mm-HH:mm}. {@code deliveryDays} and {@code visitDays} keep their defaults
 * when a client that predates them leaves them out.
 */
record SettingsView(@Min(0) @Max(1440) int reminderDelayMinutes, @Min(1) @Max(72) int overdueHours,
		@Min(1) @Max(168) int reminderWindowHours,
		@NotNull @Pattern(regexp = WINDOW, message = "{followup.window.pattern}") @Nullable String messageWindow,
		@NotNull @Size(max = 6) List<@NotNull @Pattern(regexp = WINDOW,
				message = "{followup.window.pattern}") String> callWindows,
		@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 20) String> reasons, @Min(0) @Max(60) int reviewDays,
		@Min(0) @Max(30) @Nullable Integer deliveryDays, @Min(0) @Max(30) @Nullable Integer visitDays,
		@NotNull @JsonFormat(pattern = "HH:mm") @Nullable LocalTime cutOff,
		@NotNull @Size(max = 40) @Nullable String gift) {

	static final String WINDOW = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";

	static SettingsView of(FollowupSettings s) {
		return new SettingsView((int) s.reminderDelay().toMinutes(), (int) s.overdueAfter().toHours(),
				(int) s.reminderWindow().toHours(), s.messageWindow().toString(),
				s.callWindows().stream().map(TimeWindow::toString).toList(), s.reasons(), s.reviewDays(),
				s.deliveryDays(), s.visitDays(), s.cutOff(), s.gift());
	}

	@AssertTrue(message = "{followup.window.order}")
	boolean isMessageWindowInOrder() {
		return messageWindow == null || !messageWindow.matches(WINDOW) || inOrder(messageWindow);
	}

	@AssertTrue(message = "{followup.window.order}")
	boolean isCallWindowsInOrder() {
		return callWindows == null
				|| callWindows.stream().filter(w -> w != null && w.matches(WINDOW)).allMatch(SettingsView::inOrder);
	}

	@AssertTrue(message = "{followup.reasons.distinct}")
	boolean isReasonsDistinct() {
		return reasons == null
				|| reasons.stream().map(r -> r == null ? "" : r.strip()).distinct().count() == reasons.size();
	}

	/** The settings this view asks for; a field it leaves out keeps its current value. */
	FollowupSettings toSettings(FollowupSettings current) {
		return new FollowupSettings(Duration.ofMinutes(reminderDelayMinutes), Duration.ofHours(overdueHours),
				Duration.ofHours(reminderWindowHours), TimeWindow.parse(messageWindow),
				callWindows.stream().map(TimeWindow::parse).toList(), reasons.stream().map(String::strip).toList(),
				reviewDays, deliveryDays == null ? current.deliveryDays() : deliveryDays,
				visitDays == null ? current.visitDays() : visitDays, cutOff, gift.strip());
	}

	private static boolean inOrder(String window) {
		String[] parts = window.split("-");
		return LocalTime.parse(parts[0]).isBefore(LocalTime.parse(parts[1]));
	}

}

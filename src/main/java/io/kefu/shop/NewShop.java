package io.kefu.shop;

import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to open a shop in Kefu. */
public record NewShop(@NotBlank @Size(max = 60) String name, @NotNull Platform platform, ZoneId timeZone,
		LocalTime daySplit) {

	public NewShop {
		timeZone = timeZone == null ? Shop.DEFAULT_ZONE : timeZone;
		daySplit = daySplit == null ? LocalTime.MIDNIGHT : daySplit;
	}

	public static NewShop of(String name, Platform platform) {
		return new NewShop(name, platform, null, null);
	}
}

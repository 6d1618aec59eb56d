package io.kefu.workforce.web;

import java.time.YearMonth;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Rosters;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The month's roster downloaded as {@code .xlsx}: the draft for the shop's supervisors,
 * the published roster for everyone else in the shop, as on the page.
 */
@Controller
class RosterExport {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Rosters rosters;

	private final Shops shops;

	private final MessageSource messages;

	RosterExport(Rosters rosters, Shops shops, MessageSource messages) {
		this.rosters = rosters;
		this.shops = shops;
		this.messages = messages;
	}

	@GetMapping("/shops/{shopId}/rosters/{month}.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		YearMonth shown = pageMonth(month);
		RosterSheet sheet = RosterRoles.readsDraft(caller, shopId) ? rosters.draft(shop.id(), shown)
				: rosters.published(shop.id(), shown);
		byte[] file = RosterWorkbook.of(shop.name(), sheet, messages, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roster-" + shown + ".xlsx\"")
			.contentType(XLSX)
			.body(file);
	}

	private static YearMonth pageMonth(String month) {
		try {
			return RosterApi.monthOf(month);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}

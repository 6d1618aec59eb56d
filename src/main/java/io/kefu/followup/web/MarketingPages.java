package io.kefu.followup.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.kefu.access.Caller;
import io.kefu.followup.FollowupScripts;
import io.kefu.followup.MarketingTarget;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.jspecify.annotations.Nullable;

/**
 * Second marketing (二次营销): the shop's past buyers by segment, the message to send them,
 * and the list as {@code .xlsx} with each buyer's message filled. The page, its download
 * and the API read the same list.
 */
@Controller
class MarketingPages {

	/** The page shows the first lines; the download has them all. */
	private static final int SHOWN = 200;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> HEADERS = List.of("register.buyerNick", "marketing.paidOrders",
			"marketing.paidAmount", "marketing.lastPaidAt", "marketing.message");

	private final MarketingLists lists;

	private final FollowupScripts scripts;

	private final Shops shops;

	private final Products products;

	private final MessageSource messages;

	MarketingPages(MarketingLists lists, FollowupScripts scripts, Shops shops, Products products,
			MessageSource messages) {
		this.lists = lists;
		this.scripts = scripts;
		this.shops = shops;
		this.products = products;
		this.messages = messages;
	}

	@GetMapping("/shops/{shopId}/followups/marketing")
	String page(@PathVariable long shopId, @RequestParam(required = false) @Nullable Long product,
			@RequestParam(defaultValue = "1") int minOrders,
			@RequestParam(required = false) @Nullable Integer inactiveDays,
			@RequestParam(defaultValue = "false") boolean positiveReviewers, Caller caller, Model model) {
		FollowupRoles.requireWorker(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		List<MarketingTarget> buyers = lists.of(shop, product, minOrders, inactiveDays, positiveReviewers);
		model.addAttribute("buyers", buyers.subList(0, Math.min(SHOWN, buyers.size())));
		model.addAttribute("total", buyers.size());
		model.addAttribute("limit", io.kefu.followup.SecondMarketing.LIMIT);
		model.addAttribute("products", products.inShop(shop.id()));
		model.addAttribute("product", product);
		model.addAttribute("minOrders", minOrders);
		model.addAttribute("inactiveDays", inactiveDays);
		model.addAttribute("positiveReviewers", positiveReviewers);
		model.addAttribute("message", scripts.marketingText(shop.id()));
		return "followup/marketing";
	}

	@GetMapping("/shops/{shopId}/followups/marketing.xlsx")
	ResponseEntity<byte[]> download(@PathVariable long shopId, @RequestParam(required = false) @Nullable Long product,
			@RequestParam(defaultValue = "1") int minOrders,
			@RequestParam(required = false) @Nullable Integer inactiveDays,
			@RequestParam(defaultValue = "false") boolean positiveReviewers, Caller caller) {
		FollowupRoles.requireWorker(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		List<MarketingTarget> buyers = lists.of(shop, product, minOrders, inactiveDays, positiveReviewers);
		String message = scripts.marketingText(shop.id());
		Locale locale = LocaleContextHolder.getLocale();
		byte[] file = RegisterWorkbook.of(messages, locale, "marketing.title", HEADERS, buyers, (row, buyer) -> {
			row.createCell(0).setCellValue(buyer.buyerNick());
			row.createCell(1).setCellValue(buyer.paidOrders());
			row.createCell(2).setCellValue(buyer.paidAmount().doubleValue());
			row.createCell(3).setCellValue(TIME.format(buyer.lastPaidAt().atZone(shop.timeZone())));
			row.createCell(4).setCellValue(message.replace("{买家}", buyer.buyerNick()));
		});
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marketing.xlsx\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(file);
	}

}

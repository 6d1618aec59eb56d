package io.kefu.reception.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.reception.Archive;
import io.kefu.reception.ArchiveQuery;
import io.kefu.reception.ArchivedMessage;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A search's conversations, or a buyer's history, downloaded: {@code .xlsx} to read and
 * file, {@code .txt} in layout A of the web chat history (one buyer's), which the chat
 * import reads back into the same conversations. Phones and addresses are masked unless a
 * supervisor asks with {@code unmasked=true} (logged). Supervisors only.
 */
@Controller
class ArchiveExport {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final Archive archive;

	private final Shops shops;

	private final MessageSource messages;

	ArchiveExport(Archive archive, Shops shops, MessageSource messages) {
		this.archive = archive;
		this.shops = shops;
		this.messages = messages;
	}

	@GetMapping("/shops/{shopId}/archive/export.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long shopId, ArchiveSearch search,
			@RequestParam(defaultValue = "false") boolean unmasked, Caller caller) {
		caller.requireSupervisorOf(shopId);
		Shop shop = shops.get(PathIds.shopOfCaller(shopId));
		List<ArchivedMessage> found = found(caller, shop, search.page(1), unmasked);
		byte[] file = ArchiveWorkbook.of(shop, found, messages, LocaleContextHolder.getLocale());
		return download(file, XLSX, "archive-" + shop.id() + ".xlsx");
	}

	@GetMapping("/shops/{shopId}/archive/export.txt")
	ResponseEntity<byte[]> text(@PathVariable long shopId, ArchiveSearch search,
			@RequestParam(defaultValue = "false") boolean unmasked, Caller caller) {
		caller.requireSupervisorOf(shopId);
		Shop shop = shops.get(PathIds.shopOfCaller(shopId));
		if (!search.namesABuyer()) {
			throw new InvalidChatInputException("buyer",
					"a chat history text holds one buyer's conversations (as the web history page does): "
							+ "choose a buyer, or export .xlsx");
		}
		List<ArchivedMessage> found = found(caller, shop, search.page(1), unmasked);
		if (found.isEmpty()) {
			throw new InvalidChatInputException("buyer", "has no chat records that the search finds");
		}
		if (found.stream().map(ArchivedMessage::buyerId).distinct().count() > 1) {
			throw new InvalidChatInputException("buyer",
					"a chat history text holds one buyer's conversations (as the web history page does): "
							+ "choose a buyer, or export .xlsx");
		}
		return download(WebHistoryText.of(shop, found).getBytes(StandardCharsets.UTF_8), TEXT,
				"archive-" + shop.id() + ".txt");
	}

	private List<ArchivedMessage> found(Caller caller, Shop shop, ArchiveQuery query, boolean unmasked) {
		List<ArchivedMessage> found = new ArrayList<>();
		archive.export(caller, shop.id(), query, unmasked, found::add);
		return found;
	}

	private static ResponseEntity<byte[]> download(byte[] file, MediaType type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(type)
			.body(file);
	}

}

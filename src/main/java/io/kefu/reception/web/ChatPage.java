package io.kefu.reception.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.kefu.reception.VisitorChat;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * The buyer's chat page, open to anyone, and the script a shop includes with one tag to
 * open it in a frame from a launcher button:
 * {@code <script src="https://kefu.example/chat/embed.js?shop=1" async></script>}.
 */
@Controller
class ChatPage {

	private static final String EMBED_SCRIPT = "chat/embed.js";

	private final Shops shops;

	private final MessageSource messages;

	private final JsonMapper json;

	private final String embedScript;

	ChatPage(Shops shops, MessageSource messages, JsonMapper json) {
		this.shops = shops;
		this.messages = messages;
		this.json = json;
		this.embedScript = read(EMBED_SCRIPT);
	}

	@GetMapping("/chat/{shopId:\\d+}")
	String page(@PathVariable long shopId, Model model) {
		Shop shop = shops.find(ShopId.of(shopId)).orElseThrow(ChatShopNotFoundException::new);
		model.addAttribute("chatShop", shop);
		model.addAttribute("maxLength", VisitorChat.MAX_MESSAGE_LENGTH);
		return "chat/page";
	}

	/**
	 * The launcher's words in the language asked for with {@code ?lang=}, else Chinese.
	 */
	@GetMapping("/chat/embed.js")
	ResponseEntity<String> embed(Locale locale) {
		String script = embedScript.replace("\"__LABEL__\"", quoted("chat.launcher", locale))
			.replace("\"__CLOSE__\"", quoted("chat.launcher.close", locale));
		return ResponseEntity.ok()
			.header("Content-Type", "text/javascript;charset=UTF-8")
			.cacheControl(CacheControl.noCache())
			.body(script);
	}

	private String quoted(String key, Locale locale) {
		return json.writeValueAsString(messages.getMessage(key, null, locale));
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** No shop of that id: the error page says so. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class ChatShopNotFoundException extends RuntimeException {

		ChatShopNotFoundException() {
			super("There is no such shop");
		}

	}

}

package io.kefu.reception.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.order.OrderStatus;
import io.kefu.access.Role;
import io.kefu.reception.Archive;
import io.kefu.reception.ArchiveHit;
import io.kefu.reception.ArchiveQuery;
import io.kefu.reception.ArchiveResult;
import io.kefu.reception.ArchivedConversation;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.RuleHitMessages;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The archive's pages: the search (聊天记录) with its filters, hits with the words marked,
 * and a conversation opened at the message a hit found.
 */
@Controller
class ArchivePages {

	private final Archive archive;

	private final Staff staff;

	private final Products products;

	private final ObjectProvider<RuleHitMessages> ruleHits;

	ArchivePages(Archive archive, Staff staff, Products products, ObjectProvider<RuleHitMessages> ruleHits) {
		this.archive = archive;
		this.staff = staff;
		this.products = products;
		this.ruleHits = ruleHits;
	}

	@GetMapping("/shops/{shopId}/archive")
	String search(@PathVariable long shopId, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable Long agent,
			@RequestParam(required = false) @Nullable String buyer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable OrderStatus orderStatus,
			@RequestParam(required = false) @Nullable Long product, @RequestParam(defaultValue = "1") int page,
			Caller caller, Model model) {
		ShopId shop = PathIds.shopOfCaller(shopId);
		String nick = buyer == null || buyer.isBlank() ? null : buyer.strip();
		model.addAttribute("q", q);
		model.addAttribute("agent", agent);
		model.addAttribute("buyer", nick);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("agents",
				staff.inShop(shop)
					.stream()
					.filter(Agent::enabled)
					.sorted(Comparator.comparing(Agent::displayName))
					.toList());
		model.addAttribute("supervises", caller.supervises());
		model.addAttribute("crm", usesCustomers(caller));
		model.addAttribute("rule", rule);
		model.addAttribute("orderStatus", orderStatus);
		model.addAttribute("product", product);
		RuleHitMessages hits = ruleHits.getIfAvailable();
		model.addAttribute("rules", hits == null ? List.of() : hits.rules());
		model.addAttribute("orderStatuses", OrderStatus.values());
		model.addAttribute("products", products.inShop(shop));
		ArchiveResult result;
		try {
			result = archive.search(caller, shop,
					new ArchiveQuery(q, agent, null, nick, from, to, rule, orderStatus, product, page));
		}
		catch (InvalidChatInputException ex) {
			model.addAttribute("problemField", ex.field());
			result = new ArchiveResult(0, 1, ArchiveQuery.PAGE_SIZE, List.of(), false);
		}
		model.addAttribute("result", result);
		model.addAttribute("hits", result.hits().stream().map(HitView::of).toList());
		long pages = Math.min(ArchiveQuery.LAST_PAGE,
				(result.total() + ArchiveQuery.PAGE_SIZE - 1) / ArchiveQuery.PAGE_SIZE);
		model.addAttribute("pages", pages);
		String here = UriComponentsBuilder.fromPath("/shops/{shop}/archive")
			.queryParam("q", q)
			.queryParamIfPresent("agent", java.util.Optional.ofNullable(agent))
			.queryParamIfPresent("buyer", java.util.Optional.ofNullable(nick))
			.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
			.queryParamIfPresent("rule", java.util.Optional.ofNullable(rule))
			.queryParamIfPresent("orderStatus", java.util.Optional.ofNullable(orderStatus))
			.queryParamIfPresent("product", java.util.Optional.ofNullable(product))
			.buildAndExpand(shopId)
			.encode()
			.toUriString();
		model.addAttribute("previous", page > 1 ? here + "&page=" + (page - 1) : null);
		model.addAttribute("next", page < pages ? here + "&page=" + (page + 1) : null);
		model.addAttribute("exportQuery", here.substring(here.indexOf('?')));
		return "reception/archive";
	}

	@GetMapping("/shops/{shopId}/archive/conversations/{id}")
	String conversation(@PathVariable long shopId, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long m, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "false") boolean unmasked, Caller caller, Model model) {
		ArchivedConversation conversation;
		try {
			conversation = archive.conversation(caller, PathIds.shopOfCaller(shopId), PathIds.conversation(id),
					unmasked && caller.supervises());
		}
		catch (ConversationNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		model.addAttribute("conversation", conversation);
		model.addAttribute("found", m);
		model.addAttribute("q", q);
		model.addAttribute("unmasked", unmasked && caller.supervises());
		model.addAttribute("supervises", caller.supervises());
		model.addAttribute("crm", usesCustomers(caller));
		return "reception/archive-conversation";
	}

	/** Trainers read the archive but not the customers (docs/customers.md). */
	private static boolean usesCustomers(Caller caller) {
		return caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES) || caller.supervises();
	}

	/** A hit as the page shows it: the snippet cut into plain and marked pieces. */
	record HitView(ArchiveHit hit, List<Piece> pieces) {

		static HitView of(ArchiveHit hit) {
			List<Piece> pieces = new ArrayList<>();
			String text = hit.snippet();
			int at = 0;
			for (int[] span : hit.highlights()) {
				if (span[0] > at) {
					pieces.add(new Piece(text.substring(at, span[0]), false));
				}
				pieces.add(new Piece(text.substring(span[0], span[1]), true));
				at = span[1];
			}
			if (at < text.length()) {
				pieces.add(new Piece(text.substring(at), false));
			}
			return new HitView(hit, pieces);
		}

	}

	record Piece(String text, boolean marked) {
	}

}

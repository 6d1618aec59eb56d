package io.kefu.reception.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.ShiftNote;
import io.kefu.reception.ShiftNotes;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 交接班 notes: written beside a buyer's conversation by an agent leaving a shift, read on
 * the next shift's daily start and beside the buyer, marked taken care of.
 * docs/archive.md.
 */
@Controller
class ShiftNoteApi {

	private final ShiftNotes notes;

	ShiftNoteApi(ShiftNotes notes) {
		this.notes = notes;
	}

	/**
	 * The shop's open notes, oldest first; with {@code buyerId}, that buyer's, open
	 * first.
	 */
	@GetMapping("/api/v1/shops/{shopId}/shift-notes")
	@ResponseBody
	List<ShiftNote> list(@PathVariable long shopId, @RequestParam(required = false) @Nullable Long buyerId,
			Caller caller) {
		if (buyerId == null) {
			return notes.open(caller, PathIds.shopOfCaller(shopId));
		}
		if (buyerId <= 0) {
			throw new InvalidChatInputException("buyerId", "names no buyer of the shop: " + buyerId);
		}
		return notes.ofBuyer(caller, PathIds.shopOfCaller(shopId), BuyerId.of(buyerId));
	}

	@PostMapping("/api/v1/shops/{shopId}/shift-notes")
	@ResponseStatus(HttpStatus.CREATED)
	@ResponseBody
	ShiftNote write(@PathVariable long shopId, @RequestBody NoteRequest request, Caller caller) {
		if (request.buyerId() == null || request.buyerId() <= 0) {
			throw new InvalidChatInputException("buyerId", "names the buyer the note is about");
		}
		return notes.write(caller, PathIds.shopOfCaller(shopId), BuyerId.of(request.buyerId()),
				request.conversationId(), request.note() == null ? "" : request.note());
	}

	@PostMapping("/api/v1/shops/{shopId}/shift-notes/{id}/done")
	@ResponseBody
	ShiftNote done(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		return notes.done(caller, PathIds.shopOfCaller(shopId), id);
	}

	/** The daily start's button: marks the note done and goes back. */
	@PostMapping("/shops/{shopId}/shift-notes/{id}/done")
	String doneFromPage(@PathVariable long shopId, @PathVariable long id, Caller caller) {
		notes.done(caller, PathIds.shopOfCaller(shopId), id);
		return "redirect:/shops/" + shopId + "/today#shift-notes";
	}

	record NoteRequest(@Nullable Long buyerId, @Nullable Long conversationId, @Nullable String note) {
	}

}

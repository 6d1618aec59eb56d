package io.kefu.shop.web;

import java.time.Clock;

import io.kefu.access.Caller;
import io.kefu.shop.ProductIssue;
import io.kefu.shop.ProductIssues;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The product-page errors agents reported (商品页面问题), open until fixed: the supervisor
 * corrects the page and marks them fixed; agents read the list.
 */
@Controller
@RequestMapping("/shops/{shopId}/product-issues")
class ProductIssuePages {

	private final Shops shops;

	private final ProductIssues issues;

	private final Clock clock;

	ProductIssuePages(Shops shops, ProductIssues issues, Clock clock) {
		this.shops = shops;
		this.issues = issues;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable long shopId, @RequestParam(defaultValue = "OPEN") ProductIssueApi.Status status,
			Caller caller, Model model) {
		KnowledgeRoles.requireReader(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		model.addAttribute("issues", issues.of(shop.id(), status == ProductIssueApi.Status.OPEN));
		model.addAttribute("issueZone", shop.timeZone());
		model.addAttribute("status", status);
		model.addAttribute("edits", KnowledgeRoles.edits(caller));
		model.addAttribute("section", "issues");
		return "knowledge/product-issues";
	}

	@PostMapping("/{issueId}/fixed")
	String fixed(@PathVariable long shopId, @PathVariable long issueId, Caller caller, RedirectAttributes redirect) {
		KnowledgeRoles.requireEditor(caller, shopId);
		ProductIssue issue = issues.markFixed(shops.get(ShopId.of(shopId)).id(), issueId, caller.agentId(),
				caller.displayName(), clock.instant());
		redirect.addFlashAttribute("fixed", issue.productTitle());
		return "redirect:/shops/" + shopId + "/product-issues";
	}

}

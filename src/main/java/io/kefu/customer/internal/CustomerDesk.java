package io.kefu.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.customer.Activity;
import io.kefu.customer.ActivityKind;
import io.kefu.customer.ActivitySource;
import io.kefu.customer.BuyerErased;
import io.kefu.customer.BuyerId;
import io.kefu.customer.BuyerRatings;
import io.kefu.customer.Call;
import io.kefu.customer.CustomerChange;
import io.kefu.customer.CustomerGroup;
import io.kefu.customer.CustomerPage;
import io.kefu.customer.CustomerProfile;
import io.kefu.customer.CustomerQuery;
import io.kefu.customer.CustomerRow;
import io.kefu.customer.Customers;
import io.kefu.customer.GroupRule;
import io.kefu.customer.InvalidCustomerInputException;
import io.kefu.customer.NewActivity;
import io.kefu.customer.NewCall;
import io.kefu.customer.OpenFollowups;
import io.kefu.customer.PhoneMask;
import io.kefu.customer.PurchaseSummary;
import io.kefu.customer.Purchases;
import io.kefu.customer.RatingSummary;
import io.kefu.customer.UnknownCustomerException;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM: customers read from the buyers, with what the other modules know of them
 * (orders, ratings, follow-ups and their contacts, through the ports this module names)
 * and what the CRM keeps itself (tags, groups, notes, activities and calls).
 */
@Service
@Transactional(readOnly = true)
class CustomerDesk implements Customers {

	/** The contacts a profile shows, newest first. */
	static final int TIMELINE = 200;

	private final CustomerStore store;

	private final Shops shops;

	private final Staff staff;

	private final ObjectProvider<Purchases> purchases;

	private final ObjectProvider<BuyerRatings> ratings;

	private final ObjectProvider<OpenFollowups> followups;

	private final List<ActivitySource> sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerDesk(CustomerStore store, Shops shops, Staff staff, ObjectProvider<Purchases> purchases,
			ObjectProvider<BuyerRatings> ratings, ObjectProvider<OpenFollowups> followups, List<ActivitySource> sources,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.shops = shops;
		this.staff = staff;
		this.purchases = purchases;
		this.ratings = ratings;
		this.followups = followups;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public CustomerPage page(Caller caller, ShopId shopId, CustomerQuery query) {
		CustomerAccess.requireReader(caller, shopId.value());
		List<CustomerStore.Listed> listed = store.search(shopId.value(), query);
		long total = listed.isEmpty() ? 0 : listed.get(0).total();
		return new CustomerPage(total, query.page(), CustomerQuery.PAGE_SIZE, rows(shopId, listed));
	}

	private List<CustomerRow> rows(ShopId shopId, List<CustomerStore.Listed> listed) {
		List<Long> ids = listed.stream().map(CustomerStore.Listed::id).toList();
		Purchases orders = purchases.getIfAvailable();
		Map<Long, PurchaseSummary> bought = ids.isEmpty() || orders == null ? Map.of() : orders.of(shopId, ids);
		Map<Long, List<String>> tags = store.tags(ids);
		Map<Long, List<String>> groups = store.groupNames(ids);
		Instant today = today(shopId);
		List<CustomerRow> rows = new ArrayList<>();
		for (CustomerStore.Listed b : listed) {
			PurchaseSummary summary = bought.getOrDefault(b.id(), PurchaseSummary.NONE);
			rows.add(new CustomerRow(b.id(), b.nick(), PhoneMask.mask(b.phone()), b.region(), b.firstSeen(), summary,
					summary.returningOn(today), tags.getOrDefault(b.id(), List.of()),
					groups.getOrDefault(b.id(), List.of())));
		}
		return rows;
	}

	private Instant today(ShopId shopId) {
		Shop shop = shops.get(shopId);
		return shop.startOf(shop.businessDay(clock.instant()));
	}

	@Override
	public CustomerProfile profile(Caller caller, ShopId shopId, BuyerId buyerId) {
		CustomerAccess.requireReader(caller, shopId.value());
		CustomerStore.Listed buyer = store.find(shopId.value(), buyerId.value())
			.orElseThrow(() -> new UnknownCustomerException(buyerId.value()));
		CustomerRow row = rows(shopId, List.of(buyer)).get(0);
		Map<Long, String> agents = agentNames(shopId);
		BuyerRatings rated = ratings.getIfAvailable();
		OpenFollowups open = followups.getIfAvailable();
		List<Call> calls = store.calls(buyerId.value(), agents, TIMELINE);
		return new CustomerProfile(row, rated == null ? RatingSummary.NONE : rated.of(shopId, buyerId),
				open == null ? 0 : open.of(shopId, buyerId), store.notes(buyerId.value()),
				timeline(shopId, buyerId, agents, calls), calls);
	}

	/** Every contact, newest first: the CRM's own records, its calls and the modules'. */
	private List<Activity> timeline(ShopId shopId, BuyerId buyerId, Map<Long, String> agents, List<Call> calls) {
		List<Activity> all = new ArrayList<>(store.activities(buyerId.value(), agents, TIMELINE));
		for (Call call : calls) {
			all.add(new Activity(ActivityKind.CALL, call.startedAt(), "call", List.of(call.outgoing() ? "OUT" : "IN",
					call.outcome().name(), Integer.toString(call.durationSeconds())), call.agent(), null));
		}
		for (ActivitySource source : sources) {
			all.addAll(source.of(shopId, buyerId, TIMELINE));
		}
		all.sort(Comparator.comparing(Activity::at).reversed());
		return all.size() > TIMELINE ? all.subList(0, TIMELINE) : all;
	}

	@Override
	@Transactional
	public CustomerProfile change(Caller caller, ShopId shopId, BuyerId buyerId, CustomerChange change) {
		CustomerAccess.requireReader(caller, shopId.value());
		requireBuyer(shopId, buyerId);
		Instant now = clock.instant();
		if (change.tags() != null) {
			store.setTags(shopId.value(), buyerId.value(), change.tags(), caller.agentId(), now);
		}
		if (change.groups() != null) {
			Map<String, Long> byName = new HashMap<>();
			store.groups(shopId.value()).forEach(group -> byName.put(group.name(), group.id()));
			Set<Long> chosen = new LinkedHashSet<>();
			for (String name : change.groups()) {
				Long id = byName.get(name);
				if (id == null) {
					throw new InvalidCustomerInputException("groups", "names no group of the shop: " + name);
				}
				chosen.add(id);
			}
			store.setGroups(buyerId.value(), chosen, caller.agentId(), now);
		}
		if (change.notes() != null) {
			store.setNotes(shopId.value(), buyerId.value(), change.notes().strip(), caller.agentId(), now);
		}
		return profile(caller, shopId, buyerId);
	}

	@Override
	@Transactional
	public Activity record(Caller caller, ShopId shopId, BuyerId buyerId, NewActivity activity) {
		CustomerAccess.requireReader(caller, shopId.value());
		requireBuyer(shopId, buyerId);
		store.recordActivity(shopId.value(), buyerId.value(), activity, caller.agentId(), clock.instant());
		return new Activity(activity.kind(), activity.happenedAt(), "recorded", List.of(activity.summary()),
				caller.displayName(), null);
	}

	@Override
	@Transactional
	public Call recordCall(Caller caller, ShopId shopId, BuyerId buyerId, NewCall call) {
		CustomerAccess.requireReader(caller, shopId.value());
		requireBuyer(shopId, buyerId);
		long id = store.recordCall(shopId.value(), buyerId.value(), call, caller.agentId(), clock.instant());
		return new Call(id, buyerId.value(), caller.agentId(), caller.displayName(), call.outgoing(), call.startedAt(),
				call.durationSeconds(), call.outcome(), call.notes(), call.etiquette());
	}

	@Override
	public String phoneToCall(Caller caller, ShopId shopId, BuyerId buyerId) {
		CustomerAccess.requireReader(caller, shopId.value());
		CustomerStore.Listed buyer = requireBuyer(shopId, buyerId);
		if (buyer.phone() != null) {
			return buyer.phone();
		}
		Purchases orders = purchases.getIfAvailable();
		String receiver = orders == null ? null : orders.receiverPhone(shopId, buyerId);
		return receiver == null ? "" : receiver;
	}

	@Override
	public List<CustomerGroup> groups(Caller caller, ShopId shopId) {
		CustomerAccess.requireReader(caller, shopId.value());
		return store.groups(shopId.value());
	}

	@Override
	@Transactional
	public CustomerGroup openGroup(Caller caller, ShopId shopId, GroupRule rule) {
		caller.requireSupervisorOf(shopId.value());
		if (rule.name() == null) {
			throw new InvalidCustomerInputException("name", "is required");
		}
		shops.get(shopId);
		long id = store.openGroup(shopId.value(), rule, clock.instant())
			.orElseThrow(() -> new InvalidCustomerInputException("name", "is a group the shop has already"));
		fill(shopId, new CustomerGroup(id, rule.name(), rule.minSpend(), rule.minOrders(), rule.lowRating(), 0));
		return store.groups(shopId.value()).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public int addToGroup(Caller caller, ShopId shopId, long groupId, List<Long> buyerIds) {
		CustomerAccess.requireReader(caller, shopId.value());
		if (store.groups(shopId.value()).stream().noneMatch(group -> group.id() == groupId)) {
			throw new InvalidCustomerInputException("groupId", "names no group of the shop: " + groupId);
		}
		if (buyerIds.size() > 1_000) {
			throw new InvalidCustomerInputException("buyerIds", "are at most 1000 at a time");
		}
		if (buyerIds.stream().anyMatch(id -> id == null || id <= 0)) {
			throw new InvalidCustomerInputException("buyerIds", "are ids of the shop's buyers, none empty");
		}
		List<Long> ours = store.buyersOf(shopId.value(), buyerIds);
		if (ours.size() != Set.copyOf(buyerIds).size()) {
			throw new InvalidCustomerInputException("buyerIds", "name buyers the shop does not have");
		}
		return store.addMembers(List.of(groupId), ours, "HAND", caller.agentId(), clock.instant());
	}

	@Override
	@Transactional
	public void erase(Caller caller, ShopId shopId, BuyerId buyerId) {
		caller.requireSupervisorOf(shopId.value());
		requireBuyer(shopId, buyerId);
		store.erase(shopId.value(), buyerId.value(), caller.agentId(), clock.instant());
		events.publishEvent(new BuyerErased(shopId, buyerId));
	}

	@Override
	@Transactional
	public int applyRules(ShopId shopId) {
		shops.get(shopId);
		int added = 0;
		for (CustomerGroup group : store.groups(shopId.value())) {
			added += fill(shopId, group);
		}
		return added;
	}

	private int fill(ShopId shopId, CustomerGroup group) {
		if (!group.ruled()) {
			return 0;
		}
		Set<Long> members = new LinkedHashSet<>();
		Purchases bought = purchases.getIfAvailable();
		if (bought != null && (group.minSpend() != null || group.minOrders() != null)) {
			members.addAll(bought.buyersWith(shopId, group.minSpend(), group.minOrders()));
		}
		BuyerRatings rated = ratings.getIfAvailable();
		if (rated != null && group.lowRating()) {
			members.addAll(rated.lowRaters(shopId));
		}
		return members.isEmpty() ? 0
				: store.addMembers(List.of(group.id()), List.copyOf(members), "RULE", null, clock.instant());
	}

	private CustomerStore.Listed requireBuyer(ShopId shopId, BuyerId buyerId) {
		return store.find(shopId.value(), buyerId.value())
			.orElseThrow(() -> new UnknownCustomerException(buyerId.value()));
	}

	private Map<Long, String> agentNames(ShopId shopId) {
		Map<Long, String> names = new HashMap<>();
		for (Agent agent : staff.inShop(shopId)) {
			names.put(agent.id().value(), agent.displayName());
		}
		return names;
	}

}

package io.kefu.customer;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;

/**
 * The CRM (客户): the shop's customers with their tags, groups, notes, activity records and
 * phone calls. Agents at the desk and supervisors of the shop use it; groups' rules are a
 * supervisor's.
 */
public interface Customers {

	CustomerPage page(Caller caller, ShopId shopId, CustomerQuery query);

	/**
	 * @throws UnknownCustomerException when the shop has no such buyer
	 */
	CustomerProfile profile(Caller caller, ShopId shopId, BuyerId buyerId);

	CustomerProfile change(Caller caller, ShopId shopId, BuyerId buyerId, CustomerChange change);

	Activity record(Caller caller, ShopId shopId, BuyerId buyerId, NewActivity activity);

	Call recordCall(Caller caller, ShopId shopId, BuyerId buyerId, NewCall call);

	/** The buyer's phone as stored, for the call screen. */
	String phoneToCall(Caller caller, ShopId shopId, BuyerId buyerId);

	List<CustomerGroup> groups(Caller caller, ShopId shopId);

	/** Opens a group (a supervisor's), and fills it by its rule at once. */
	CustomerGroup openGroup(Caller caller, ShopId shopId, GroupRule rule);

	/**
	 * Puts buyers into a group by hand: from the workbench, a search or a 二次营销 list.
	 * @return how many were not in it before
	 */
	int addToGroup(Caller caller, ShopId shopId, long groupId, List<Long> buyerIds);

	/**
	 * Erases the buyer's personal data on request (a supervisor's): the nick, phone and
	 * region, the CRM's notes, tags, groups, activities and calls, and through
	 * {@link BuyerErased} every other module's (messages, receivers of orders …); logged.
	 * The buyer stays, nameless, so that orders and figures still count them.
	 */
	void erase(Caller caller, ShopId shopId, BuyerId buyerId);

	/** Fills every ruled group of the shop by its rule; buyers put in by hand stay. */
	int applyRules(ShopId shopId);

}

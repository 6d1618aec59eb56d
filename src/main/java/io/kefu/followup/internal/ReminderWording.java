package io.kefu.followup.internal;

import java.util.List;

/**
 * The wording of the four touches of seed 000 客服售前工作流程 (第一次旺旺留言 … 第四次), put into the
 * shop's script library as its 催付 group: the supervisor edits them there. The
 * placeholders are filled for each task ({@link ReminderScripts}); {@code {问题}} brings
 * its own lead-in (您刚才咨询的“…”,) and is empty when the buyer asked nothing in the chat.
 */
final class ReminderWording {

	static final String GROUP = "催付";

	/** The group of the inquiry follow-up's message (seed 000 "2.咨询未下单"). */
	static final String INQUIRY_GROUP = "询单未下单";

	/** The group of the second-marketing message (seed 000 售前客服工作流程 二次营销). */
	static final String MARKETING_GROUP = "二次营销";

	static final Entry MARKETING = new Entry(1, "ec1", "二次营销 老顾客回访",
			"亲,{买家}您好!感谢您一直以来对{店铺}的支持。不知道您用得怎么样,有什么感想都可以和我说哦。本店新品上架、优惠活动进行中," + "老顾客专享优惠,欢迎再次光临 :)");

	static final Entry INQUIRY = new Entry(1, "xd1", "询单未下单 旺旺留言",
			"亲亲,{问题}您看下是不是还有其他不清楚的地方哦,我一直在等您呢 :) 今天{截单时间}之前付款的,当天就可以为您发出哦。");

	/**
	 * The group of the review reminder's message (seed 003 任务6.1 评价, seed 000's wording).
	 */
	static final String REVIEW_GROUP = "好评提醒";

	static final Entry REVIEW = new Entry(1, "hp1", "好评提醒 旺旺留言",
			"亲,{买家}您好!您的{商品}已经签收几天了,用着还满意吗?小店珍惜亲给我们的每一个评价哟,评价对我们灰常灰常重要的哟,"
					+ "如果满意的话希望能多给我们一些带字的好评哟,如果不满意的话一定要跟我们说哟,千万不要冲动点中差评哟。" + "我们一定会尽力帮您解决的,非常感谢!");

	/** The group of the after-sales visit's call (seed 000 电话回访). */
	static final String VISIT_GROUP = "售后回访";

	static final Entry VISIT = new Entry(1, "hf1", "售后回访 电话",
			"{买家}您好,我是{店铺}的客服{客服},不好意思打扰到您了,我这次联系您主要是了解下您对这次售后处理的感觉如何:"
					+ "{商品}的问题解决好了吗?(说完停顿,等顾客回答)还有什么需要我们做的,您尽管和我说。(记录顾客的意见)" + "感谢您对我们的支持,祝您生活愉快!");

	/** The group of the answer to an offline message (留言). */
	static final String OFFLINE_GROUP = "留言回复";

	static final Entry OFFLINE = new Entry(1, "ly1", "留言回复", "亲,您好!我是{店铺}客服{客服},让您久等了。您{留言时间}留言说“{留言}”,");

	static final List<Entry> ENTRIES = List.of(
			new Entry(1, "cf1", "催付① 第一次旺旺留言", "亲亲,{问题}这款{商品}{卖点},您看下是不是还有其他不清楚的地方哦,我一直在等您呢 :)"),
			new Entry(2, "cf2", "催付② 第二次旺旺留言",
					"亲,您看好了么?不知道是不是我刚才没有及时回复您,给您带去不便很抱歉了,我这边为您赠送{赠品}做为补偿,"
							+ "您付款的时候辛苦您联系我下,为您备注就可以了。当天{截单时间}之前付款的,都可以为您及时发出哦,谢谢您的理解!"),
			new Entry(3, "cf3", "催付③ 电话",
					"{买家}您好!我是{店铺}客服{客服},您在我们店铺{下单时间}有预定了一款{商品},记得么?(说完停顿,等顾客回答)"
							+ "您是还有什么顾虑么?您下单了应该是喜欢我们的产品的,没有付款肯定也是有原因的,您尽管和我说,"
							+ "我会尽一切能力为您解决哈,您放心!您是觉得我们价格高了,还是这款{商品}不具备您需要的那个功能呢?"
							+ "(记录顾客的回答,能满足的都满足)感谢您给我们的意见,今天{截单时间}之前付款,当天就为您发货,还为您准备了{赠品}。"),
			new Entry(4, "cf4a", "催付④ 最后留言(已接听)",
					"亲,刚才电话里和您说的,我在旺旺上再和您说一次:{赠品}已经为您申请好了,当天{截单时间}之前付款当天就为您发货," + "您付款后直接和我说下,就可以为您备注发出哦。"),
			new Entry(4, "cf4b", "催付④ 最后留言(未接听)",
					"看到亲亲已经下单成功但是还没有付款,刚才有电话联系您,但是很遗憾您没有接听。不知道亲亲是不是对{商品}还有不了解的地方,"
							+ "您选好的这款{商品}{卖点}。感谢您信任我们哦,我已经为您申请了{赠品},您看到信息直接和我说下就可以为您备注发出哦。"
							+ "如果您已经购买了其他家的产品了,辛苦您发我看下您购买了哪家的,同时指出我们的不足之处,为感谢您的建议我们有红包赠送哦。"));

	private ReminderWording() {
	}

	/**
	 * The script of one step; step 4 has one for answered calls and one for the others.
	 */
	static Entry of(int step, boolean callAnswered) {
		if (step == 4) {
			return ENTRIES.get(callAnswered ? 3 : 4);
		}
		return ENTRIES.get(step - 1);
	}

	record Entry(int step, String code, String title, String text) {
	}

}

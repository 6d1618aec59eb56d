package io.kefu.demo.internal;

import java.util.random.RandomGenerator;

import io.kefu.demo.DemoShop;

import org.jspecify.annotations.Nullable;

import static io.kefu.demo.internal.Wording.any;

/**
 * 问好 and 告别: the auto-replies and the first and last lines of a reception, after seed 000
 * (电商客服工作流程 1.打招呼用语, 售前规范语言 (1)(8), 售前客服日常用语) and seed 003 (busy auto-reply).
 */
final class GreetingLines {

	static final String WELCOME = "[自动回复]亲爱的客人,您好,我是自动回复,有需要咨询的,可以先留言我,看到后会第一时间答复您哦。"
			+ "本店是视谱品牌官方旗舰店,全店默认发圆通快递,支持7天无理由退货,让您再无后顾之忧。";

	static final String BUSY = "[自动回复]亲,现在咨询的顾客比较多,回复稍慢请您见谅,您可以把问题一起发过来,客服会按顺序尽快回复您哦~";

	static final String AWAY = "[自动回复]亲,客服在线时间是9:00-23:30,现在客服已经下班啦,您可以先留言,明天上班后第一时间回复您哦。";

	private GreetingLines() {
	}

	static String buyerHello(RandomGenerator random) {
		return any(random, "在吗", "你好", "老板在吗?", "亲 在不在", "有人吗", "客服在吗", "你好,咨询一下", "在不在呀");
	}

	static String agentHello(RandomGenerator random, String agent, @Nullable String campaignScript) {
		String hello = any(random, "亲您好,我是" + DemoShop.NAME + "客服" + agent + ",请问有什么可以帮到您的呢?",
				"您好,欢迎光临" + DemoShop.NAME + "!我是客服" + agent + ",很高兴为您服务!",
				"亲,您好,我是视谱旗舰店客服" + agent + "。很高兴为您服务,有什么可以帮到您的呢?");
		return campaignScript == null ? hello : hello + campaignScript;
	}

	static String thinkItOver(RandomGenerator random) {
		return any(random, "我再考虑一下", "我再看看吧", "好的 我比较一下", "嗯 我回去跟家里人商量下", "先收藏了 过两天买");
	}

	static String letThemThink(RandomGenerator random, @Nullable String campaign) {
		String activity = campaign == null ? "满就送" : campaign;
		return any(random, "嗯嗯,最近在做" + activity + "活动呢,您决定了记得联系我哦!", "好的亲,您可以先收藏店铺,有活动、新款第一时间通知您哦~",
				"没关系的亲,有任何问题随时联系我们哦,期待您的光临!/:809");
	}

	static String farewell(RandomGenerator random) {
		return any(random, "合作愉快~亲请在大概要收件的日子保持开机状态,以免快递联系不到您。收到后有什么疑问请第一时间告诉我们," + "我们将竭诚为您服务。如果喜欢我们,就收藏店铺吧!",
				"亲,感谢您的支持!收货时记得检查外包装,包装破损的请拒收。满意的话希望能给我们一个带字的好评哟," + "如果不满意一定要跟我们说哟,我们一定会尽力帮您解决的!",
				"谢谢亲的光临!小店珍惜亲给我们的每一个评价哟,有任何问题随时联系我们~");
	}

	static String buyerThanks(RandomGenerator random) {
		return any(random, "好的 谢谢", "嗯嗯 谢谢亲", "好的", "ok", "谢谢客服", "好滴");
	}

}

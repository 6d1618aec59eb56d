package io.kefu.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The house rules as the seeds give them, with the exceptions that the JD chats showed to
 * be needed (docs/quality.md). Weights: a style slip costs 2 points, a missed reception
 * step 3 to 5, an unanswered question 10, a breach of the marketplace's rules or the
 * advertising law 20 or 30.
 */
final class DefaultRules {

	private DefaultRules() {
	}

	static Map<Rule, RuleSettings> all() {
		Map<Rule, RuleSettings> rules = new EnumMap<>(Rule.class);
		rules.put(Rule.LONE_SYLLABLE, minor(2, List.of("嗯", "恩", "额", "好", "哦", "噢", "在", "是", "对"), List.of("的")));
		rules.put(Rule.MODAL_PARTICLE,
				minor(2, List.of("啊", "呀", "吧"), List.of("网吧", "酒吧", "贴吧", "书吧", "氧吧", "水吧", "茶吧", "吧台")));
		rules.put(Rule.FRAGMENTED_ANSWER, minor(2, List.of(), List.of()));
		rules.put(Rule.HARSH_PUNCTUATION, minor(2, List.of("!!", "!?", "?!", "??"), List.of()));
		rules.put(Rule.I_NOT_WE, new RuleSettings(true, Severity.MINOR, 2, List.of("我"),
				List.of("我的京东", "我的订单", "我的-", "我的—", "我-", "我—", "“我的", "“我”", "我的退换", "我的钱包", "我的优惠券", "我的售后"),
				List.of("我们", "咱们", "我司", "我方", "我店")));
		rules.put(Rule.NO_GREETING, major(5, List.of("您好", "你好", "亲", "欢迎", "哈喽", "嗨", "hello", "早上好", "上午好", "中午好",
				"下午好", "晚上好", "在的", "为您服务", "尊敬的"), List.of("亲自", "亲戚", "亲身", "亲手", "亲测")));
		rules.put(Rule.BLUNT_NO, major(5,
				List.of("没", "没有", "没了", "不行", "不能", "不可以", "不支持", "没货", "无货", "不了", "无法", "做不到", "办不到", "不提供", "不送"),
				List.of("您好", "抱歉", "很抱歉", "非常抱歉", "不好意思", "对不起", "亲", "亲爱的", "哦", "喔", "噢", "呢", "的", "了", "啦", "哈",
						"呀", "啊", "嗯", "哒", "滴", "这个", "那个", "暂时", "目前", "现在", "已经", "真的", "确实", "是", "都", "也", "还",
						"货", "库存", "这款", "款")));
		rules.put(Rule.SLOW_RESPONSE, major(3, List.of(), List.of()));
		rules.put(Rule.UNANSWERED,
				major(10,
						List.of("好的", "好", "谢谢", "谢了", "多谢", "感谢", "嗯", "恩", "哦", "噢", "ok", "好吧", "行", "收到", "明白",
								"知道了", "了解", "拜拜", "再见", "没有了", "没了", "没有", "不用了", "没事了", "没事", "好滴", "好哒", "了", "的",
								"啦", "哈", "呢", "啊", "呀", "亲", "那", "那就", "这样", "先", "哈哈"),
						List.of()));
		rules.put(Rule.NO_VERIFICATION, major(5,
				List.of("收货信息", "收货地址", "地址", "核对", "确认", "核实", "收件人", "联系电话", "电话", "信息无误"), List.of("确认收货")));
		rules.put(Rule.NO_FAREWELL, minor(3, List.of("感谢", "谢谢", "收藏", "好评", "评价", "再见", "欢迎下次", "欢迎再来", "下次再来", "祝您",
				"期待", "拜拜", "慢走", "愉快", "客气", "很高兴", "随时联系", "随时咨询"), List.of()));
		rules.put(Rule.OFF_PLATFORM, severe(30,
				List.of("加微", "加我微信", "微信号", "微信联系", "私人微信", "个人微信", "威信", "薇信", "vx", "加v", "wx号", "qq号", "加qq",
						"qq联系", "qq:", "扣扣", "支付宝转账", "微信转账", "银行卡转账", "转账给我", "打款到", "私下", "线下交易", "线下付款", "私聊"),
				List.of()));
		rules.put(Rule.EXTREME_WORDS, severe(20,
				List.of("最好", "最佳", "最优", "最低价", "最便宜", "最高级", "最先进", "最强", "最顶级", "最正宗", "最牛", "全网最低", "史上最", "全国最",
						"第一", "国家级", "世界级", "顶级", "极品", "王牌", "销量冠军", "独一无二", "绝无仅有", "万能"),
				List.of("第一次", "第一时间", "第一天", "第一个", "第一步", "第一件", "第一批", "第一单", "第一位", "第一条", "第一页", "第一张", "第一种",
						"第一款", "第一眼", "第一笔", "第一周", "第一年", "第一期", "第一栏", "第一行", "第一项", "第一排", "第一点", "第一段", "第一份",
						"第一包", "第一台", "第一箱", "第一套", "第一车队", "最好是", "最好先", "您最好", "你最好", "亲最好", "最好还是", "最好不要", "最好别",
						"最好能", "最好在", "最好把", "最好用", "最好提前", "最好联系", "最好咨询", "最好等", "最好选", "最好当面", "最好下单", "最好自己")));
		rules.put(Rule.RUDE, severe(20,
				List.of("不知道", "不清楚", "自己看", "自己去看", "自己查", "爱买不买", "不买拉倒", "随便你", "关我什么事", "关我啥事", "跟我没关系", "与我无关",
						"烦不烦", "有完没完", "听不懂", "你懂不懂", "有病", "神经病", "废话", "滚开", "给我滚", "没长眼", "不会看吗", "我也没办法", "爱咋咋"),
				List.of("不知道您", "不知道亲", "不知道是否", "不知道有没有", "如果您不知道", "如果您不清楚", "若您不清楚", "如果不清楚", "不清楚的话", "不知道的话",
						"看不清楚", "听不清楚", "说不清楚", "您可以自己看", "您自己看一下", "您自己看下", "可以自己查看")));
		return rules;
	}

	private static RuleSettings minor(int weight, List<String> words, List<String> exceptions) {
		return new RuleSettings(true, Severity.MINOR, weight, words, exceptions, List.of());
	}

	private static RuleSettings major(int weight, List<String> words, List<String> exceptions) {
		return new RuleSettings(true, Severity.MAJOR, weight, words, exceptions, List.of());
	}

	private static RuleSettings severe(int weight, List<String> words, List<String> exceptions) {
		return new RuleSettings(true, Severity.SEVERE, weight, words, exceptions, List.of());
	}

}

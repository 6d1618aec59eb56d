package io.kefu.training;

import java.util.List;

/**
 * The curriculum a shop starts with: the modules of seed 001's pre-sales course (3.2 岗前培训
 * to 3.9 提问), condensed, in Markdown the trainer edits afterwards. The 禁用/善用 rules of 3.7
 * are not here: the {@value #ETIQUETTE_PAGE} page shows them from the shop's quality
 * settings ({@link Etiquette}) so that what is taught is what is inspected.
 */
public final class DefaultCurriculum {

	/** The page under which the shop's 禁用/善用 rules are shown. */
	public static final String ETIQUETTE_PAGE = "skills";

	public static final String ONBOARDING = "onboarding";

	public static final String PRODUCTS = "products";

	public static final String TOOLS = "tools";

	public static final String STANDARDS = "standards";

	public static final String TMALL_RULES = "tmall-rules";

	public static final String CASES = "cases";

	public static final String QUESTIONS = "questions";

	private DefaultCurriculum() {
	}

	public static List<CurriculumPage> pages() {
		return List.of(page(ONBOARDING, "岗前培训", """
				新人上岗前先了解公司和部门（种子 001 3.2 岗前培训课程）：

				1. 公司简介、组织架构
				2. 售前部简介、组织架构
				3. 售前服务原则、办公室制度
				4. 薪酬、绩效
				5. 新人培训体系、转正标准

				## 售前岗位的价值

				在线顾客的问题离不开**库存、商品、活动**；订单产生利益链：让顾客下单 → 催顾客付款 → 订单产生 → 提成薪资。
				产品页不完善、店铺活动不明确、快递和发货未标注、顾客的购物习惯和询价，都需要客服去聊：
				理解顾客需求，解答顾客的根本疑惑，推荐选择并做相关引导（FABES 原则）。

				卖货、推销，聊天只是工作途径之一，要用心与对方沟通。
				"""), page(PRODUCTS, "产品知识", """
				售前要对产品了如指掌（种子 001 3.3 产品知识培训、2.2 产品）：

				- 及时点击商品，查看信息；
				- 商品**库存、描述、价格**有异常，及时联系运营处理；
				- 掌握商品推荐与搭配的原则：怎么多卖一件；
				- 每款宝贝的参数、卖点，顾客问到时能准确回答。

				> 培训人员：在此补充本店主推宝贝的参数、卖点和常见问题。
				"""), page(TOOLS, "客服工具", """
				客服工具培训（种子 001 3.4）：

				- **旺旺卖家版**：接待、快捷短语、自动回复、顾客分组；
				- **第三方旺旺助手**；
				- **淘宝网站操作**：查看订单、改价、备注、查物流。

				> 培训人员：在此补充本店使用的软件和后台操作步骤。
				"""), page(STANDARDS, "工作标准", """
				售前工作的细分和标准（种子 001 3.5、2.2）：

				## 询单

				- 顾客的商品在购物车里，还是已经下单？
				- 经常查看询单顾客是否下单，以便及时催付；
				- 发送活动信息，按规定处理顾客提出的折扣、赠品要求。

				## 下单

				- 核对对方信息、发货方式、收货时间；
				- 备注要合理，方便制单人员阅读；
				- 跟踪对方尽快付款，以便发货。

				## 标准

				常规接待标准、软件操作规范、折让标准、核对信息、发货与快递、备注规范。
				"""), page(TMALL_RULES, "天猫规则", """
				天猫规则及常见问题培训（种子 001 3.6）：交易、付款、改价、退款、发货等平台规则，
				以及顾客常问的问题和处理案例。

				> 培训人员：在此补充本店常遇到的规则问题与案例。
				"""), page(ETIQUETTE_PAGE, "技能技巧", """
				技能技巧培训（种子 001 3.7）。

				## 在线沟通基本礼仪

				文字沟通的缺点：表现方式单一、情绪传达不明确、时间间歇性、信息真实性难判断。
				优点：可以用文字控制真实情感；回复前有准备时间，可以提高、优化回复。

				## 引导话术：促成交易

				- **犹豫不决 — “二选一”**：这个种类有两款，前者……后者……推荐您选择 X 款，非常适合您哦。
				- **“怕买不到”心理**：现在刚好在做活动，数量不多，卖得很好，建议您赶紧下手哦。
				- **不敢买 — 先买一点试用**：第一次您如果犹豫是否适合自己，我建议您先买一点试试，好的话可以长期使用。
				- **顾客问到的产品正好没有 — 替代产品**：刚好没有这款产品哦，不过我们有您需要的功效的另一种 X，而且效果更好。
				- **百般解说，顾客仍不购买 — 态度谦虚**：其实我们的产品是比较适合您的，如果您有关于 X 类的问题，可以来找我哦。

				本店质检使用的禁用与善用规则见下方（随质检设置自动更新）。
				"""), page(CASES, "案例精讲", """
				案例精讲（种子 001 3.8）：用真实的聊天记录讲好的接待和不好的接待。

				> 培训人员：在此整理本店的好案例与坏案例，注明每个案例学到什么。
				"""), page(QUESTIONS, "提问", """
				培训之后的提问（种子 001 3.9、2.3）：

				- 新人培训完是否能上岗？
				- 售前人员是否会按照标准去做？
				- 培训完是否有效果？

				让新人这么做：这么做的步骤是什么？有哪些规范？出问题了怎么办？
				让新人知道：我们的问题是什么？解决问题要怎么做？能理解并支持吗？
				让新人做好：好怎么定义？谁来定义？定义是否公平？做好了有什么奖励？
				"""));
	}

	private static CurriculumPage page(String slug, String title, String body) {
		return new CurriculumPage(slug, title, body, order(slug), null, null);
	}

	/** Pages in the order of the course. */
	private static int order(String slug) {
		return List.of(ONBOARDING, PRODUCTS, TOOLS, STANDARDS, TMALL_RULES, ETIQUETTE_PAGE, CASES, QUESTIONS)
			.indexOf(slug);
	}

}

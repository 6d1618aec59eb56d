package io.kefu.training;

import java.util.List;

/**
 * A hire class's plan, day by day. The defaults are seed 000's (客服的培训流程): the product
 * test after day 2, a mentor from day 3, the trainer reading the chats on day 4 and the
 * mystery shopper deciding 上岗 on day 5 for novices; experienced hires in 3 days;
 * after-sales hires learn the rules, the products and the after-sales chats before they
 * receive buyers on day 6.
 */
public record TrainingPlan(HireClass hireClass, List<PlanDay> days) {

	public TrainingPlan {
		days = List.copyOf(days);
		for (int i = 0; i < days.size(); i++) {
			if (days.get(i).day() != i + 1) {
				throw new IllegalArgumentException(
						"A plan's days run 1, 2, 3…; day " + days.get(i).day() + " is number " + (i + 1));
			}
		}
	}

	public int length() {
		return days.size();
	}

	public static TrainingPlan defaultFor(HireClass hireClass) {
		return switch (hireClass) {
			case NOVICE -> new TrainingPlan(hireClass,
					List.of(day(1, read("平台、店铺宝贝参数与淘宝交易流程", DefaultCurriculum.PRODUCTS),
							read("聊天工具与后台操作", DefaultCurriculum.TOOLS), task(TaskKind.TYPING, "打字测试")),
							day(2, read("售前培训资料与天猫规则：每款宝贝的参数、卖点", DefaultCurriculum.TMALL_RULES),
									task(TaskKind.QUIZ, "产品知识基础测试")),
							day(3, read("聊天话术", DefaultCurriculum.ETIQUETTE_PAGE), task(TaskKind.SHADOW, "看老客服接待"),
									task(TaskKind.SUPERVISED_RECEPTION, "在带教下开始接待，记录不会答的问题")),
							day(4, task(TaskKind.SUPERVISED_RECEPTION, "独立接待客户"),
									task(TaskKind.TRANSCRIPT_REVIEW, "培训人员查看聊天记录并指导")),
							day(5, task(TaskKind.MYSTERY_SHOPPER, "神秘顾客考核：应变能力与产品知识"),
									task(TaskKind.CERTIFICATION, "判断是否上岗"))));
			case EXPERIENCED -> new TrainingPlan(hireClass,
					List.of(day(1, read("店铺宝贝参数、卖点与天猫规则", DefaultCurriculum.PRODUCTS), task(TaskKind.TYPING, "打字测试"),
							task(TaskKind.QUIZ, "产品知识测试")),
							day(2, read("聊天话术", DefaultCurriculum.ETIQUETTE_PAGE),
									task(TaskKind.SUPERVISED_RECEPTION, "在带教下接待"),
									task(TaskKind.TRANSCRIPT_REVIEW, "培训人员查看聊天记录并指导")),
							day(3, task(TaskKind.MYSTERY_SHOPPER, "神秘顾客考核"), task(TaskKind.CERTIFICATION, "判断是否上岗"))));
			case AFTER_SALES -> new TrainingPlan(hireClass, List.of(
					day(1, read("天猫流程与天猫规则", DefaultCurriculum.TMALL_RULES),
							read("基础软件与店铺软件应用", DefaultCurriculum.TOOLS)),
					day(2, read("天猫规则（续）", DefaultCurriculum.TMALL_RULES), task(TaskKind.TYPING, "打字测试")),
					day(3, read("产品知识", DefaultCurriculum.PRODUCTS), task(TaskKind.QUIZ, "产品知识测试")),
					day(4, task(TaskKind.SHADOW, "查看售后聊天记录：损坏、退货等的处理流程")), day(5, task(TaskKind.SHADOW, "查看售后聊天记录（续）")),
					day(6, task(TaskKind.SUPERVISED_RECEPTION, "开始接待售后问题（前 3 天每天 10 人以内）"),
							task(TaskKind.CERTIFICATION, "判断是否上岗"))));
		};
	}

	private static PlanDay day(int day, PlannedTask... tasks) {
		return new PlanDay(day, List.of(tasks));
	}

	/** A reading task and the curriculum page it reads. */
	private static PlannedTask read(String title, String page) {
		return new PlannedTask(TaskKind.READ, title, page);
	}

	private static PlannedTask task(TaskKind kind, String title) {
		return new PlannedTask(kind, title);
	}

}

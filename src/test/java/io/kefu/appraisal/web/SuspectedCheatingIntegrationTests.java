package io.kefu.appraisal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.analytics.FigureRecompute;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cheating detected in stored messages and their figures over PostgreSQL: an auto-reply
 * in mid-conversation with nine buyers waiting is suspect, with ten it is not, the
 * greeting and the agents' own replies never are, and another shop's messages stay in
 * that shop; supervisors and owners read the list, the supervisor confirms a line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuspectedCheatingIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	FigureRecompute recompute;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	Shop other;

	Agent boss;

	Agent mei;

	Agent lan;

	Agent owner;

	Agent trainer;

	Agent otherBoss;

	Agent wu;

	private final List<NewMessage> chats = new ArrayList<>();

	@BeforeEach
	void chatForADay() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("作弊店" + suffix);
		boss = fixture.account(shop, "zb-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "zb-mei" + suffix, Role.PRE_SALES);
		lan = fixture.account(shop, "zb-lan" + suffix, Role.PRE_SALES);
		owner = fixture.account(shop, "zb-dz" + suffix, Role.OWNER);
		trainer = fixture.account(shop, "zb-px" + suffix, Role.TRAINER);
		other = fixture.shop("隔壁店" + suffix);
		otherBoss = fixture.account(other, "gb-boss" + suffix, Role.SUPERVISOR);
		wu = fixture.account(other, "gb-wu" + suffix, Role.PRE_SALES);

		// mei: eight buyers wait from 10:00 to 10:40, a ninth asks again at 10:05 and
		// gets
		// her auto-reply; lan: the same with nine others waiting, ten in all
		busyMorning(shop, mei, "m", 8);
		busyMorning(shop, lan, "l", 9);
		// the greeting on a buyer's first message, then her own reply: neither is suspect
		BuyerId greeted = buyer(shop, "g-new");
		say(shop, greeted, null, MessageKind.TEXT, "15:00:00");
		say(shop, greeted, mei, MessageKind.AUTO_REPLY, "15:00:01");
		say(shop, greeted, mei, MessageKind.TEXT, "15:01:00");
		// the shop next door: wu's auto-reply with one buyer waiting
		BuyerId next = buyer(other, "w-0");
		say(other, next, null, MessageKind.TEXT, "10:00:00");
		say(other, next, wu, MessageKind.TEXT, "10:01:00");
		say(other, next, null, MessageKind.TEXT, "10:05:00");
		say(other, next, wu, MessageKind.AUTO_REPLY, "10:05:01");
		messages.append(chats);
		recompute.runQueued();
	}

	@Test
	void nineWaitingIsSuspectTenIsNotAndTheGreetingNeverIs() throws Exception {
		JsonNode suspected = json(get(api(shop)), boss);

		assertThat(suspected).singleElement().satisfies(line -> {
			assertThat(line.get("agentId").asLong()).isEqualTo(mei.id().value());
			assertThat(line.get("agent").asString()).isEqualTo(mei.username());
			assertThat(line.get("name").asString()).isEqualTo(mei.displayName());
			assertThat(line.get("day").asString()).isEqualTo("2026-11-10");
			assertThat(line.get("autoReplies").asInt()).isEqualTo(1);
			assertThat(line.get("fewestWaiting").asInt()).isEqualTo(9);
			assertThat(Instant.parse(line.get("firstAt").asString())).isEqualTo(at(shop, "10:05:01"));
			assertThat(line.get("recorded").asBoolean()).isFalse();
		});
	}

	@Test
	void anotherShopsMessagesStayInThatShop() throws Exception {
		JsonNode next = json(get(api(other)), otherBoss);

		assertThat(next).singleElement().satisfies(line -> {
			assertThat(line.get("agent").asString()).isEqualTo(wu.username());
			assertThat(line.get("fewestWaiting").asInt()).isEqualTo(1);
		});
		assertThat(json(get(api(shop)), boss)).extracting(line -> line.get("agent").asString())
			.containsExactly(mei.username());
	}

	@Test
	void supervisorsAndOwnersReadTheListAgentsAndOtherShopsDoNot() throws Exception {
		assertThat(json(get(api(shop)), owner)).hasSize(1);
		mvc.perform(get(api(shop)).with(as(mei))).andExpect(status().isForbidden());
		mvc.perform(get(api(shop)).with(as(trainer))).andExpect(status().isForbidden());
		mvc.perform(get(api(shop)).with(as(otherBoss))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/shops/" + shop.id() + "/appraisals/2026-13/cheating/suspected").with(as(boss)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSupervisorConfirmsALineOnTheMonthPage() throws Exception {
		String page = "/shops/" + shop.id() + "/appraisals?month=2026-11";
		mvc.perform(get(page).with(as(boss)))
			.andExpect(content().string(containsString("疑似作弊")))
			.andExpect(content().string(containsString("/cheating/suspected\"")));
		mvc.perform(get(page).with(as(owner)))
			.andExpect(content().string(containsString("疑似作弊")))
			.andExpect(content().string(not(containsString("/cheating/suspected\""))));
		mvc.perform(get(page).with(as(mei))).andExpect(content().string(not(containsString("疑似作弊"))));
		mvc.perform(confirm(mei.id()).with(as(mei))).andExpect(status().isForbidden());

		mvc.perform(confirm(mei.id()).with(as(boss)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "appraisal.suspected.confirmed"));

		JsonNode records = json(get("/api/v1/shops/" + shop.id() + "/appraisals/2026-11/cheating"), boss);
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.get("agent").asString()).isEqualTo(mei.username());
			assertThat(record.get("day").asString()).isEqualTo("2026-11-10");
			assertThat(record.get("note").asString()).isEqualTo("自动回复 1 次，当时在闪最少 9 人（少于 10 人）");
			assertThat(record.get("enteredBy").asString()).isEqualTo(boss.username());
		});
		assertThat(json(get(api(shop)), boss).get(0).get("recorded").asBoolean()).isTrue();
		mvc.perform(confirm(mei.id()).with(as(boss)))
			.andExpect(flash().attribute("problem", "appraisal.suspected.gone"));
		mvc.perform(confirm(lan.id()).with(as(boss)))
			.andExpect(flash().attribute("problem", "appraisal.suspected.gone"));
		mvc.perform(get(page).with(as(boss))).andExpect(content().string(containsString("本月已记录作弊")));
		assertThat(json(get("/api/v1/shops/" + shop.id() + "/appraisals/2026-11/cheating"), boss)).hasSize(1);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(AgentId agent) {
		return post("/shops/" + shop.id() + "/appraisals/2026-11/cheating/suspected")
			.param("agent", Long.toString(agent.value()))
			.param("day", DAY.toString())
			.with(csrf());
	}

	/**
	 * Buyers 1–{@code waiting} write at 10:00 and are answered at 10:40; buyer 0 is
	 * answered at 10:01, asks again at 10:05 and gets the agent's auto-reply a second
	 * later, then her answer at 10:06.
	 */
	private void busyMorning(Shop in, Agent agent, String nick, int waiting) {
		for (int i = 1; i <= waiting; i++) {
			BuyerId buyer = buyer(in, nick + "-" + i);
			say(in, buyer, null, MessageKind.TEXT, "10:00:%02d".formatted(i));
			say(in, buyer, agent, MessageKind.TEXT, "10:40:%02d".formatted(i));
		}
		BuyerId asking = buyer(in, nick + "-0");
		say(in, asking, null, MessageKind.TEXT, "10:00:00");
		say(in, asking, agent, MessageKind.TEXT, "10:01:00");
		say(in, asking, null, MessageKind.TEXT, "10:05:00");
		say(in, asking, agent, MessageKind.AUTO_REPLY, "10:05:01");
		say(in, asking, agent, MessageKind.TEXT, "10:06:00");
	}

	private BuyerId buyer(Shop in, String nick) {
		return buyers.recognise(in.id(), nick, at(in, "09:00:00")).id();
	}

	private void say(Shop in, BuyerId buyer, @Nullable Agent agent, MessageKind kind, String time) {
		chats.add(new NewMessage(in.id(), buyer, agent == null ? Direction.IN : Direction.OUT, kind,
				agent == null ? null : agent.id(), at(in, time), agent == null ? "在吗" : "亲，在的", null));
	}

	private static Instant at(Shop in, String time) {
		return DAY.atTime(LocalTime.parse(time)).atZone(in.timeZone()).toInstant();
	}

	private String api(Shop of) {
		return "/api/v1/shops/" + of.id() + "/appraisals/2026-11/cheating/suspected";
	}

	private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Agent caller) throws Exception {
		String body = mvc.perform(request.with(as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	private RequestPostProcessor as(Agent agent) {
		return user(accounts.loadUserByUsername(agent.username()));
	}

}

package io.kefu.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgentAccountUnitTests {

	@Test
	void readsShopNameColonNickname() {
		assertThat(AgentAccount.parse("视谱台灯旗舰店:小美")).contains(new AgentAccount("视谱台灯旗舰店", "小美"));
	}

	@Test
	void aFullWidthColonNamesTheSameAccount() {
		assertThat(AgentAccount.parse("视谱台灯旗舰店：小美")).contains(new AgentAccount("视谱台灯旗舰店", "小美"));
	}

	@Test
	void theWangwangPrefixIsDropped() {
		assertThat(AgentAccount.parse("cntaobao视谱台灯旗舰店:小美").map(AgentAccount::toString)).contains("视谱台灯旗舰店:小美");
	}

	@Test
	void aBareNickIsABuyer() {
		assertThat(AgentAccount.parse("tb8946567709")).isEmpty();
		assertThat(AgentAccount.parse("视谱台灯旗舰店:")).isEmpty();
		assertThat(AgentAccount.parse(":小美")).isEmpty();
	}

}

package io.kefu.web.api;

import java.util.List;
import java.util.Map;

import io.kefu.web.api.ControlCharacterGuard.ControlCharacterInBody;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ControlCharacterGuardUnitTests {

	private final JsonMapper json = JsonMapper.builder().addModule(new ControlCharacterGuard()).build();

	@Test
	void aControlCharacterInAStringIsRefusedWithItsPath() {
		ControlCharacterInBody refused = catchThrowableOfType(ControlCharacterInBody.class, () -> json
			.readValue("{\"name\": \"ok\", \"lines\": [{\"texts\": [\"ok\", \"a\\u0000b\"]}]}", Draft.class));

		assertThat(refused.reason()).startsWith("contains the control character U+0000 at position 1");
		assertThat(refused.getPath()).extracting(reference -> reference.getPropertyName() != null
				? reference.getPropertyName() : String.valueOf(reference.getIndex()))
			.containsExactly("lines", "0", "texts", "1");
	}

	@Test
	void aControlCharacterInAMapKeyIsRefused() {
		ControlCharacterInBody refused = catchThrowableOfType(ControlCharacterInBody.class,
				() -> json.readValue("{\"name\": \"ok\", \"marks\": {\"GREETING\\u0085\": 5}}", Draft.class));

		assertThat(refused.reason()).contains("U+0085");
		assertThat(refused.getPath().get(0).getPropertyName()).isEqualTo("marks");
	}

	@Test
	void tabsLineBreaksNullsAndChineseAreRead() {
		Draft draft = json.readValue(
				"{\"name\": \"亲\\t在的\\r\\n包邮\", \"lines\": [{\"texts\": [null]}], \"marks\": {\"好\": 1}}", Draft.class);

		assertThat(draft.name()).isEqualTo("亲\t在的\r\n包邮");
		assertThat(draft.marks()).containsEntry("好", 1);
	}

	record Draft(String name, List<Line> lines, Map<String, Integer> marks) {
	}

	record Line(List<String> texts) {
	}

}

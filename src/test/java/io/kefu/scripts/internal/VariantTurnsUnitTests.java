package io.kefu.scripts.internal;

import java.util.stream.LongStream;

import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptVariant;
import io.kefu.scripts.Scripts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VariantTurnsUnitTests {

	@Test
	void threeVariantsAreUsedInTurnAndStartOverAfterTheThird() {
		Script script = Scripts.in("议价").code("yj").text("第一种说法", "第二种说法", "第三种说法").build();

		assertThat(LongStream.rangeClosed(1, 7).mapToObj(used -> VariantTurns.variant(script, used)))
			.extracting(ScriptVariant::number)
			.containsExactly(1, 2, 3, 1, 2, 3, 1);
		assertThat(VariantTurns.variant(script, 5)).satisfies(variant -> {
			assertThat(variant.text()).isEqualTo("第二种说法");
			assertThat(variant.variants()).isEqualTo(3);
			assertThat(variant.code()).isEqualTo("yj");
		});
	}

	@Test
	void aScriptOfOneVariantAlwaysGivesIt() {
		Script script = Scripts.in("问好").text("亲,在的哦").build();

		assertThat(VariantTurns.variant(script, 1).number()).isEqualTo(1);
		assertThat(VariantTurns.variant(script, 42).text()).isEqualTo("亲,在的哦");
	}

	@Test
	void aScriptThatLostAVariantCarriesOnWithinWhatItHas() {
		Script shortened = Scripts.in("议价").code("yj").text("第一种说法", "第二种说法").build();

		assertThat(VariantTurns.variant(shortened, 3).number()).isEqualTo(1);
	}

}

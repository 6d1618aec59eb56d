package io.kefu.workforce.internal;

import java.time.Duration;
import java.util.UUID;

import io.kefu.workforce.Roster;
import io.kefu.workforce.RosterCheck;
import io.kefu.workforce.RosterSolver;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solver beans, built by hand: Timefold's Spring starter does not start on Boot 4.
 * One solve runs at a time per node (the others wait their turn): a solve keeps a core
 * busy for its whole limit, and the machine serves chat too.
 */
@Configuration(proxyBeanMethods = false)
class RosterSolving {

	/**
	 * The limit a solve gets is set per solve; this one is only the fallback, with a
	 * solve stopping early when the best score has not improved for a minute.
	 */
	@Bean(destroyMethod = "close")
	SolverManager<Roster, UUID> rosterSolverManager() {
		return SolverManager.create(RosterSolver.config(Duration.ofMinutes(10), Duration.ofMinutes(1)),
				new SolverManagerConfig().withParallelSolverCount("1"));
	}

	@Bean
	RosterCheck rosterCheck() {
		return new RosterCheck();
	}

}

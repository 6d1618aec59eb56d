package io.kefu.training;

import java.time.LocalDate;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/** The trainer's enrolment of a new agent into a hire class from a start day. */
public record Enrolment(AgentId agent, HireClass hireClass, LocalDate start, @Nullable AgentId mentor) {
}

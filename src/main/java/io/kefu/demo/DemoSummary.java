package io.kefu.demo;

/** What a demo generation stored. */
public record DemoSummary(long shopId, int products, int agents, long buyers, long messages, long orders) {
}

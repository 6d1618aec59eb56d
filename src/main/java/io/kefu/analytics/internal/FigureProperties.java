package io.kefu.analytics.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The figures' settings of the installation ({@code kefu.figures.*}); a shop's own figure
 * settings are in the database.
 *
 * @param patience how long a reader of figures waits for a pending recompute of the days
 * asked for before it is answered with what is stored, marked stale
 */
@ConfigurationProperties("kefu.figures")
record FigureProperties(@DefaultValue("30s") Duration patience) {
}

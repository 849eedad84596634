/**
 * Running the bot for months: metrics, health, one log line per answer, per-user rate limits and the log of
 * questions the knowledge could not answer. Wraps the core as {@link org.careerbot.core.Answerer}s, so the core and
 * the adapters stay unaware of it.
 */
package org.careerbot.ops;

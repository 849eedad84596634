/**
 * What a chat exchange is on any platform: a question asked on a worker, the answer kept for its buttons (More,
 * Share, follow-ups, "Helpful?"), the picture that goes with it, the apology when answering fails and the note when
 * the bot is too busy. {@link org.careerbot.exchange.Exchange} is the entry point and
 * {@link org.careerbot.exchange.Workers} the executor policy.
 *
 * <p>An adapter only reads its platform's events into questions, clicks and {@link
 * org.careerbot.exchange.Verdict}s, and renders the answers and notes this package hands back. Nothing here knows a
 * platform: the same behaviour, texts and limits hold on each.
 */
package org.careerbot.exchange;

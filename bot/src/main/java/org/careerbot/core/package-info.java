/**
 * The core's public face: questions in, answers out. Knows nothing of Slack or Discord; adapters translate
 * platform events into {@link org.careerbot.core.Question}s and render the {@link org.careerbot.answer.Answer}.
 */
package org.careerbot.core;

/**
 * The core's public face: questions in, answers out. Knows nothing of Slack or Discord; adapters translate
 * platform events into {@link org.careerbot.model.Question}s and render the {@link org.careerbot.model.Answer}.
 */
package org.careerbot.core;

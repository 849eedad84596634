/**
 * The Slack app: slash command, mentions, direct messages, a message shortcut, App Home and buttons, served by
 * Bolt in Socket Mode or over HTTP. The only package that knows Slack: it turns Slack payloads into
 * {@link org.careerbot.model.Question}s and renders each {@link org.careerbot.model.Answer} as Block Kit within
 * every Slack limit. The picture of an answer ({@link org.careerbot.picture.Illustrations}) is shared as a file
 * after it.
 *
 * <p>Every request is acknowledged at once and answered on a worker thread, so Slack's 3-second deadline is met
 * whatever the answer costs. {@link org.careerbot.slack.SlackBot} is the entry point;
 * {@link org.careerbot.slack.SlackManifest} describes the app to Slack from the same names the handlers use.
 */
package org.careerbot.slack;

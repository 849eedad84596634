/**
 * Pictures of the knowledge, drawn as PNG images with the JDK's own imaging (headless AWT): the matrix of roles
 * against tasks, and two roles side by side. Platform-neutral: the adapters decide how to post a {@link
 * org.careerbot.picture.Picture}; nothing here knows Slack or Discord. Everything drawn comes from the {@link
 * org.careerbot.knowledge.KnowledgeBase}, so a picture can never say more than the cited sources.
 */
package org.careerbot.picture;

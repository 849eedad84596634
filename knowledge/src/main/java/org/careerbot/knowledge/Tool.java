package org.careerbot.knowledge;

/**
 * A tool, language, framework, service or venue the sources name.
 *
 * @param id   lower-case name with hyphens, e.g. {@code jupyter-notebook}
 * @param name display name
 * @param kind language, library, framework, platform, database, tool, service, venue, channel or practice
 */
public record Tool(String id, String name, String kind) {
}

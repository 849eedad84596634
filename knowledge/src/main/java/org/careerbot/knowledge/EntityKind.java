package org.careerbot.knowledge;

/** The kinds of entity a question can be about. */
public enum EntityKind {
    ROLE, TASK, SKILL, TOOL
}

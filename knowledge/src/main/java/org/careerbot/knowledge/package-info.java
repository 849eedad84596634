/**
 * The curated career knowledge: roles, tasks with their subtasks, skills, tools, topics and synonyms, each fact with
 * its source, loaded from JSON and validated as a whole.
 */
package org.careerbot.knowledge;

/**
 * Lucene indexes over the knowledge: entity names (with synonyms, abbreviations, titles and typo tolerance) for
 * entity linking and autocomplete, and passages for retrieval with their sources.
 */
package org.careerbot.knowledge.index;

/** The composers that build {@link org.careerbot.model.Answer}s from the knowledge. */
package org.careerbot.answer;

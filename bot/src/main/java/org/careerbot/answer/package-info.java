/** The platform-neutral answer model and the composers that build answers from the knowledge. */
package org.careerbot.answer;

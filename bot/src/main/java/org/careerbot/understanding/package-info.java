/**
 * Understanding questions: chat noise removed, spelling corrected, entities linked, follow-ups resolved, and the
 * intent picked by weighted cue phrases kept as data.
 */
package org.careerbot.understanding;

/**
 * The terminal chat: line editing, history kept between runs and completion of names (JLine), answers wrapped at
 * the terminal's width with headings emphasised where the terminal can show it, and the console's own commands.
 * Piped input is read line by line through a dumb terminal. Only the chat loads this package: the other commands
 * start without JLine.
 */
package org.careerbot.console;

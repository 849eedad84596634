/** The command line: the one place that creates and wires the knowledge, the core and the adapters. */
package org.careerbot.app;

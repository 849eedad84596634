/** Platform-neutral renderers of answers; the platforms' own renderers live in their adapter packages. */
package org.careerbot.render;

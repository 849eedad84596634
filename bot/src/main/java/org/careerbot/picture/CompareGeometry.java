package org.careerbot.picture;

import java.awt.Rectangle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the items of a {@link ComparePicture} lie, in image pixels, so that tests can find the mark of a task, a
 * profile level or a tool of either role.
 *
 * @param roleIds the two roles, left column first
 * @param items   every item's box
 */
public record CompareGeometry(List<String> roleIds, Map<Item, Rectangle> items) {
    /** Copies, so that a geometry cannot change under its reader. */
    public CompareGeometry {
        roleIds = List.copyOf(roleIds);
        Map<Item, Rectangle> copy = new LinkedHashMap<>();
        items.forEach((k, v) -> copy.put(k, new Rectangle(v)));
        items = Collections.unmodifiableMap(copy);
    }

    /** The parts of the picture. */
    public enum Block {
        /** One row per task; the id is the task id. */
        TASKS,
        /** One row per profile area; the id is the area, e.g. {@code scientific}. */
        PROFILE,
        /** One chip per tool; the id is the tool id. */
        TOOLS
    }

    /**
     * An item of one role's column.
     *
     * @param block  the part of the picture
     * @param column 0 for the left role, 1 for the right one
     * @param id     the task id, profile area or tool id
     */
    public record Item(Block block, int column, String id) {
    }

    /** The box of an item, if the picture shows it. */
    public Optional<Rectangle> item(Block block, int column, String id) {
        return Optional.ofNullable(items.get(new Item(block, column, id))).map(Rectangle::new);
    }

    /** The box of an item of a role's column, if the picture shows it. */
    public Optional<Rectangle> item(Block block, String roleId, String id) {
        int column = roleIds.indexOf(roleId);
        return column < 0 ? Optional.empty() : item(block, column, id);
    }
}

package org.careerbot.picture;

import java.awt.Rectangle;
import java.util.List;

/**
 * Where the cells of a {@link MatrixPicture} lie, in image pixels, so that tests (and anyone cropping the image) can
 * find the mark of a role and a task.
 *
 * @param roleIds the roles, one per row, top to bottom
 * @param taskIds the tasks, one per column, left to right
 * @param rows    each row's band across the grid
 * @param columns each column's band down the grid
 */
public record MatrixGeometry(List<String> roleIds, List<String> taskIds, List<Rectangle> rows,
                             List<Rectangle> columns) {
    /** Lists and rectangles are copied: a geometry cannot change under its reader. */
    public MatrixGeometry {
        roleIds = List.copyOf(roleIds);
        taskIds = List.copyOf(taskIds);
        rows = rows.stream().map(Rectangle::new).toList();
        columns = columns.stream().map(Rectangle::new).toList();
    }

    /** The cell of a role (row) and a task (column), by index. */
    public Rectangle cell(int roleIndex, int taskIndex) {
        return rows.get(roleIndex).intersection(columns.get(taskIndex));
    }

    /**
     * The cell of a role and a task, by id.
     *
     * @throws IllegalArgumentException if either is not in the picture
     */
    public Rectangle cell(String roleId, String taskId) {
        int r = roleIds.indexOf(roleId);
        int t = taskIds.indexOf(taskId);
        if (r < 0 || t < 0) {
            throw new IllegalArgumentException("not in the matrix: " + roleId + " x " + taskId);
        }
        return cell(r, t);
    }
}

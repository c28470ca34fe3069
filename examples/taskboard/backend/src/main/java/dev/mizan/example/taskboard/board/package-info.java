/** The board: projects, their members and tasks, served as Mizan functions. */
@NullMarked
package dev.mizan.example.taskboard.board;

import org.jspecify.annotations.NullMarked;

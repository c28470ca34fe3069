/**
 * The board's JPA entities (users, projects and their members, tasks, attachments). They are written
 * through JPA; every read the functions answer is a shape over them (the records of {@code board},
 * read with {@link dev.mizan.jpa.Shapes}).
 */
@NullMarked
package dev.mizan.example.taskboard.data;

import org.jspecify.annotations.NullMarked;

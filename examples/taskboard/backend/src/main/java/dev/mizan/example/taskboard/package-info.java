/** The task board example application: a Spring Boot app serving Mizan functions and its React UI. */
@NullMarked
package dev.mizan.example.taskboard;

import org.jspecify.annotations.NullMarked;

/** Form login against the board's users, seeded on start. */
@NullMarked
package dev.mizan.example.taskboard.security;

import org.jspecify.annotations.NullMarked;

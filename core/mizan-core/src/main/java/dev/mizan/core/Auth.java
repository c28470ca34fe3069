package dev.mizan.core;

/** The built-in auth levels of a server function, weakest first. */
public enum Auth {
    /** The application's configured default ({@code PUBLIC} unless secure-by-default is switched on). */
    DEFAULT,
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any authenticated user. */
    REQUIRED,
    /** An authenticated staff user (or superuser). */
    STAFF,
    /** An authenticated superuser. */
    SUPERUSER
}

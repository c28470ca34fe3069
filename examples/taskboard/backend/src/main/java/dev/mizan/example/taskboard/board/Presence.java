package dev.mizan.example.taskboard.board;

/** One board's presence: who ({@code name}, stamped by the server) and whether it is here. */
public record Presence(String name, boolean here) {}

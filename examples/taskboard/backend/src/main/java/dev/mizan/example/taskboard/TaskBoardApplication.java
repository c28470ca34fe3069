package dev.mizan.example.taskboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the task board: the Mizan functions under {@code /api/mizan}, the built React UI at {@code /}, and
 * the Vue and Svelte UIs at {@code /vue/} and {@code /svelte/} ({@link FrontendPaths}).
 */
@SpringBootApplication
public class TaskBoardApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaskBoardApplication.class, args);
    }
}

package dev.mizan.example.taskboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the task board: the Mizan functions under {@code /api/mizan} and the built UI at {@code /}. */
@SpringBootApplication
public class TaskBoardApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaskBoardApplication.class, args);
    }
}

package dev.mizan.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with Spring Security, form login and a few server functions. */
@SpringBootApplication
public class TestApp {}

package dev.mizan.spring.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application without Spring Security. */
@SpringBootApplication
public class PlainApp {}

package dev.mizan.example.taskboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Vue and Svelte UIs of the board, served beside the React one: {@code /vue/} and
 * {@code /svelte/} show their {@code index.html} (their assets are static resources below them).
 */
@Configuration
public class FrontendPaths implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String ui : new String[] {"vue", "svelte"}) {
            registry.addRedirectViewController("/" + ui, "/" + ui + "/");
            registry.addViewController("/" + ui + "/").setViewName("forward:/" + ui + "/index.html");
        }
    }
}

package dev.mizan.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mizan.ssr.*} properties (docs/ssr.md): which page paths are server-rendered by the
 * Node worker pool, and how the pool runs. With {@code pages} set and {@code enabled} false, those
 * paths serve the client-rendered shell.
 */
@ConfigurationProperties("mizan.ssr")
public class MizanSsrProperties {

    /** Whether to start the worker pool and render the pages on the server. */
    private boolean enabled;

    /** Page paths (Spring path patterns, e.g. {@code /projects/**}) answered with the rendered page or the shell. */
    private List<String> pages = new ArrayList<>();

    /** The Node executable. */
    private String node = "node";

    /** The server entry (Vite's SSR build); a {@code classpath:} folder is copied out with its chunks. */
    private String entry = "classpath:ssr/entry-server.js";

    /** The client build's index.html: the page around the rendered root, and the shell on fallback. */
    private String template = "classpath:static/index.html";

    /** Workers rendering in parallel. */
    private int workers = 2;

    /** The longest a render may take before the shell is served instead. */
    private Duration renderTimeout = Duration.ofSeconds(5);

    /** Renders after which a worker is replaced. */
    private int maxRequests = 10_000;

    /** Resident memory above which a worker is replaced after its render. */
    private DataSize maxMemory = DataSize.ofMegabytes(512);

    /** How often idle workers are pinged. */
    private Duration healthInterval = Duration.ofSeconds(10);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getPages() {
        return pages;
    }

    public void setPages(List<String> pages) {
        this.pages = pages;
    }

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public int getWorkers() {
        return workers;
    }

    public void setWorkers(int workers) {
        this.workers = workers;
    }

    public Duration getRenderTimeout() {
        return renderTimeout;
    }

    public void setRenderTimeout(Duration renderTimeout) {
        this.renderTimeout = renderTimeout;
    }

    public int getMaxRequests() {
        return maxRequests;
    }

    public void setMaxRequests(int maxRequests) {
        this.maxRequests = maxRequests;
    }

    public DataSize getMaxMemory() {
        return maxMemory;
    }

    public void setMaxMemory(DataSize maxMemory) {
        this.maxMemory = maxMemory;
    }

    public Duration getHealthInterval() {
        return healthInterval;
    }

    public void setHealthInterval(Duration healthInterval) {
        this.healthInterval = healthInterval;
    }
}

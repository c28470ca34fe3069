package dev.mizan.example.taskboard;

import dev.mizan.core.Page;
import dev.mizan.core.RenderStrategy;

/**
 * The board's pages and how each is rendered (docs/pages.md). The project page shows the caller's
 * own projects and tasks, so it is rendered per request; the team page shows the shared
 * {@code team} context only, so it is rendered once per permission class and kept by an edge,
 * purged when anyone sets a status; the sign-in page is rendered once for nobody and served as is
 * (its form token is fetched after load); the board without a project is the client-rendered shell.
 */
@Page(
        path = "/",
        render = RenderStrategy.CSR,
        embeds = {"global", "projects", "team"})
@Page(
        path = "/projects/{projectId}",
        render = RenderStrategy.SSR,
        embeds = {"global", "project", "projects", "team"})
@Page(path = "/team", render = RenderStrategy.EDGE, embeds = "team")
@Page(path = "/login", render = RenderStrategy.STATIC)
final class BoardPages {

    private BoardPages() {}
}

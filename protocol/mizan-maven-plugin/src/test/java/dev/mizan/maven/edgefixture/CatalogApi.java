package dev.mizan.maven.edgefixture;

import dev.mizan.core.Cached;
import dev.mizan.core.Client;

/** A tiny application with an edge-cacheable context, for the edge-manifest goal. */
public class CatalogApi {

    @Client(context = "catalog", cache = @Cached(ttl = "2m"))
    public String catalogItem(long itemId) {
        return "";
    }

    @Client(affects = "catalog")
    public void renameItem(long itemId, String name) {}
}

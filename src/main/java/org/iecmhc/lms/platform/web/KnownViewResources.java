package org.iecmhc.lms.platform.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

/**
 * Remembers the pages, templates and included files found by name, so a request finds each of them without Mojarra's
 * look-up. That look-up asks the message bundle for {@code jakarta.faces.resource.localePrefix} every time, and our
 * bundle, which overrides the standard Faces messages and so is the application's message bundle, has no such key:
 * each look-up threw and caught a {@code MissingResourceException}, filling a stack trace deep in the rendering, for
 * every file a page is built from (issue 17). Giving the key a value would not help: Mojarra's own cache is keyed by
 * the prefix a file was found under, and it finds no page under a prefix, so every look-up would miss it.
 *
 * <p>A found file is the same file for the application's life (the WAR does not change under it); what was not found
 * is not remembered, so a mistyped address costs what it did and fills nothing. The number of names is bounded all the
 * same, against addresses that spell one file in many ways.
 */
public class KnownViewResources extends ResourceHandlerWrapper {

    static final int LIMIT = 2_000;

    private final ConcurrentMap<String, ViewResource> found = new ConcurrentHashMap<>();

    public KnownViewResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        ViewResource known = found.get(resourceName);
        if (known != null) {
            return known;
        }
        ViewResource resource = super.createViewResource(context, resourceName);
        if (resource != null && context.isProjectStage(ProjectStage.Production) && found.size() < LIMIT) {
            found.putIfAbsent(resourceName, resource);
        }
        return resource;
    }
}

package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The paths served to machines (JSON, problem+json errors, bearer tokens) rather than to browsers. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isApi(path);
    }

    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/match/") || path.equals("/match");
    }
}

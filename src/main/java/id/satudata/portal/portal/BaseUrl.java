package id.satudata.portal.portal;

import jakarta.servlet.http.HttpServletRequest;

/** Scheme, host and port of the portal as the visitor reached it (no trailing slash). */
final class BaseUrl {

    private BaseUrl() {
    }

    static String of(HttpServletRequest request) {
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }

}

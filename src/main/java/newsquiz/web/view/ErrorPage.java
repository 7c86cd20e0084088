package newsquiz.web.view;

/** A friendly failure message. */
public record ErrorPage(String title, String message) {}

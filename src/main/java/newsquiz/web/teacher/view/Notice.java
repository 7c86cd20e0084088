package newsquiz.web.teacher.view;

/** A short message after an action; {@code kind} is "success", "info" or "error". */
public record Notice(String kind, String text) {}

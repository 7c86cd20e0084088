package newsquiz.web.view;

/** Joining a class with its code and a display name; the personal code continues an attempt on another device. */
public record JoinPage(String csrf, String code, String name, String error, boolean askPersonalCode) {}

package newsquiz.web.view;

/** Who is taking a class attempt, shown on its pages so they can move device. */
public record Learner(String name, String personalCode) {}

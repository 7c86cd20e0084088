package newsquiz.web.teacher.view;

import java.util.List;

/** What the class sees on the projector: the code in large type and where to type it. */
public record ProjectorPage(String code, String quizTitle, String joinUrl, List<String> otherJoinUrls, boolean closed,
        String liveUrl) {
    public ProjectorPage {
        otherJoinUrls = List.copyOf(otherJoinUrls);
    }
}

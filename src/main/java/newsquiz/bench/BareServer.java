package newsquiz.bench;

import io.javalin.Javalin;

/**
 * A Javalin app with one handler that returns a short HTML page: the yardstick the question page
 * is measured against, started as a process of its own like the real server.
 */
public final class BareServer {
    static final String PAGE = "<!doctype html><title>ok</title><p>ok</p>";

    private BareServer() {}

    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.html(PAGE));
        }).start("127.0.0.1", 0);
        System.out.println("bare Javalin listening on http://127.0.0.1:" + app.port() + "/");
        System.out.flush();
    }
}

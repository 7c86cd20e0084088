package newsquiz.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before the app sees them (a path with {@code ..} or bad percent
 * escapes, invalid UTF-8, headers too large) get Jetty's short error page, but with the same
 * security headers as every other response and never a stack trace.
 */
final class MalformedRequests extends ErrorHandler {
    MalformedRequests() {
        setShowStacks(false);
        setShowCauses(false);
    }

    /**
     * Jetty drops the connection after a request it could not parse; saying so in the response
     * keeps a client from sending its next request down that dead connection.
     */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addHeaders(response.getHeaders());
        return super.handle(request, response, callback);
    }

    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        addHeaders(fields);
        return super.badMessageError(status, reason, fields);
    }

    private static void addHeaders(HttpFields.Mutable fields) {
        SecurityHeaders.ALWAYS.forEach(fields::put);
        fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
}

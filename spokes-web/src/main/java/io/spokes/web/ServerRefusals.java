package io.spokes.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The refusals Jetty makes before the lab sees a request (a malformed request line or header, an
 * address or headers too long, a body too slow) in the lab's JSON error body instead of Jetty's
 * HTML page. They are JSON on every path: the request line may be unreadable, so there is no path
 * to go by.
 */
final class ServerRefusals extends ErrorHandler {
    private static final String JSON = "application/json; charset=utf-8";

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    static byte[] body(int status, String reason) {
        return Json.write(Json.error(new ApiException(status, "", explain(status, reason)))).getBytes(StandardCharsets.UTF_8);
    }

    /** Jetty's reason with what to fix. */
    static String explain(int status, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        switch (status) {
            case 400:
                return "malformed HTTP request: " + why;
            case 414:
                return "the request line is too long: the lab accepts at most " + Limits.MAX_HEADER_BYTES
                        + " bytes of request line and headers (send large inputs in a JSON body)";
            case 431:
                return "the request headers are too large: the lab accepts at most " + Limits.MAX_HEADER_BYTES
                        + " bytes of request line and headers";
            case 505:
                return "HTTP version not supported (" + why + "); use HTTP/1.1";
            default:
                return why;
        }
    }
}

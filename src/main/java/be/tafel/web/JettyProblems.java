package be.tafel.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives before a request reaches Tafel (a malformed request line 400, a URI too long 414,
 * headers too large 431) as {@code application/problem+json} like every other error, instead of HTML. They
 * never repeat the request's path or headers.
 */
public final class JettyProblems extends ErrorHandler {
    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    // Jetty 12 still calls this for requests too malformed to reach a handler; it has no replacement yet
    @Override
    @SuppressWarnings("removal")
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String title = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case 414 -> "The request's URI is too long.";
            case 431 -> "The request's headers are too large.";
            case 400 -> "The request is not well-formed HTTP.";
            default -> "The server could not handle the request (" + title + ").";
        };
        return ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

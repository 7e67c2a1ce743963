package org.tangier.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body by size, whatever its content type says, before anything parses it: a declared length over
 * the cap is refused at once with 413, a chunked body is counted as it is read and stops at the cap. The three
 * streaming imports, which never hold their body whole, get a larger cap of their own; multipart uploads are also
 * bounded by the container's multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** The endpoints that stream their body (records import, manifest body, UN list): see their controllers. */
    static final Set<String> STREAMED = Set.of("/api/v1/records/import", "/api/v1/screening/batches",
            "/api/v1/notices/import/un");

    private final long maxBytes;
    private final long maxStreamedBytes;
    private final long maxMultipartBytes;

    RequestSizeLimitFilter(@Value("${tangier.web.max-body:${tangier.web.max-json-body:1MB}}") DataSize max,
            @Value("${tangier.web.max-import-body:2GB}") DataSize maxStreamed,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxMultipart) {
        this.maxBytes = max.toBytes();
        this.maxStreamedBytes = maxStreamed.toBytes();
        this.maxMultipartBytes = maxMultipart.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = capFor(request);
        if (request.getContentLengthLong() > max) {
            reject(response, max);
            return;
        }
        chain.doFilter(new LimitedRequest(request, max), response);
    }

    private long capFor(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return maxMultipartBytes;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && STREAMED.contains(path)) {
            return maxStreamedBytes;
        }
        return maxBytes;
    }

    /** Answers at once and closes: the client learns before it sends the rest, and the body is never read. */
    private static void reject(HttpServletResponse response, long max) throws IOException {
        byte[] body = problem(max).getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    static String problem(long max) {
        return "{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than " + max + " bytes.\"}";
    }

    /** Chunked bodies, and bodies that lie about their length, are counted as they are read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), max);
            }
            return limited;
        }

        /** The container's own reader would bypass the count: read through the counted stream instead. */
        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        LimitedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** Thrown by the counted stream at the cap; {@link ApiProblemHandler} answers it with 413 wherever it surfaces. */
    static final class BodyTooLargeException extends IOException {
        final long max;

        BodyTooLargeException(long max) {
            super("request body too large");
            this.max = max;
        }
    }
}

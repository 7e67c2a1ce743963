package org.tangier.fault;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A national system's webhook endpoint on 127.0.0.1: answers 204 and keeps the hit ids it was told of. */
final class WebhookReceiver implements AutoCloseable {

    private static final Pattern HIT_ID = Pattern.compile("\"hitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final Set<String> hits = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = HIT_ID.matcher(body);
            if (m.find()) {
                hits.add(m.group(1));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(pool);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

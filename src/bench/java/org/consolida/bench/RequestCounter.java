package org.consolida.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in HTTP proxy on a loopback port that records the first line of every request sent to it and answers 502:
 * a browser pointed at it can reach no network, and the test sees every request it tried.
 */
public final class RequestCounter implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public RequestCounter() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "request-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Chromium's own housekeeping that its flags do not switch off in Debian's build: the component updater and the
     * account check at start-up. Matched exactly, so a page's request (a font from fonts.googleapis.com, say) still counts.
     */
    private static final List<String> BROWSER_HOUSEKEEPING = List.of(
            "CONNECT update.googleapis.com:443 ", "POST http://update.googleapis.com/service/update2/",
            "CONNECT accounts.google.com:443 ");

    public int port() {
        return server.getLocalPort();
    }

    /** Every request the browser tried, except its own housekeeping. */
    public List<String> requests() {
        return requests.stream()
                .filter(request -> BROWSER_HOUSEKEEPING.stream().noneMatch(request::startsWith))
                .toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2_000);
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                String line = reader.readLine();
                requests.add(line == null ? "(connection without a request)" : line);
                socket.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    requests.add("(failed connection: " + e.getMessage() + ")");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

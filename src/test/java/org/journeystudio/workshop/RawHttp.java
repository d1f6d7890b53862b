package org.journeystudio.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP/1.1 written by hand on a socket, for what a polite client never sends: chunked bodies, slow headers. */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code request} as it is and returns the whole reply the server sends before it closes. */
    static Reply exchange(URI server, String request) {
        try (Socket socket = connect(server, Duration.ofSeconds(10))) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Reply.of(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Socket connect(URI server, Duration readTimeout) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        socket.setSoTimeout((int) readTimeout.toMillis());
        return socket;
    }

    /**
     * Whether the server closed the connection within {@code wait}: reads until the end of the stream, or returns
     * false when nothing came for that long.
     */
    static boolean closedWithin(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // A server may say something (a 408) before it closes; only the end counts.
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A server refusing a body may reset the connection after its reply; what came before is the reply.
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A reply's status code, its head (status line and headers) and its body. */
    record Reply(int status, String head, String body) {
        static Reply of(String raw) {
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Reply(status, head, body);
        }
    }
}

package org.personneltracker.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP written by hand on a socket to the test server, for requests no HTTP client would send (no Host, no type). */
public final class RawHttp {

    private RawHttp() {
    }

    /** One raw exchange: the status line, the headers and the body as text. */
    public record Answer(int status, String head, String body) {
        public boolean header(String name, String valueStart) {
            return head.lines().anyMatch(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":")
                    && l.substring(name.length() + 1).trim().startsWith(valueStart));
        }
    }

    public static Answer send(byte[] request) throws IOException {
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read everything (an over-size body)
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    bytes.write(buf, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // keep-alive or reset after the answer: what arrived is the answer
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertTrue(split > 0, "an answer with headers: " + text);
            String head = text.substring(0, split);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, text.substring(split + 4));
        }
    }

    public static Answer send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.UTF_8));
    }

}

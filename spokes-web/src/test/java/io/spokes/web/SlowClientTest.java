package io.spokes.web;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A client that announces a body and trickles it cannot delay other clients (docs/api.md,
 * "Limits"). 250 connections each announce 1,000 bytes and send 10 (the reliability test's
 * load); meanwhile another client's health check, page and crisis answer within
 * {@link #ANSWER_BOUND_MS}, and every slow connection is cut (408 at the body deadline, or 503
 * at once beyond the per-client cap) within the deadline plus {@link #CUT_SLACK_MS}.
 *
 * <p>The bound: with the bodies received without holding a thread, an answer under this load
 * takes what it takes unloaded (40 ms measured for /api/health, 20 ms for a toy crisis); 3 s leaves
 * room for a CI machine with two busy cores and is a tenth of the 30 s the answers used to wait.
 */
@Tag("slow") // 250 connections held for the 10 s body deadline
class SlowClientTest {
    static final int SLOW_CLIENTS = 250;
    static final long ANSWER_BOUND_MS = 3_000;
    static final long CUT_SLACK_MS = 5_000;
    static final String CRISIS = "{\"scenario\": \"toy-triangle\", \"challenger\": \"PRK\", \"target\": \"KOR\"}";

    @TempDir
    Path data;

    @Test
    void slowBodiesFromOneClientDelayNoOtherClientAndAreCut() throws Exception {
        // The slow client is another loopback address (all of 127/8 is this machine on Linux).
        InetAddress slowAddress = InetAddress.getByName("127.0.0.2");
        assumeThat(canBind(slowAddress)).as("127.0.0.2 usable as a client address").isTrue();
        try (Lab lab = Lab.start(data)) {
            List<Socket> slow = new ArrayList<>();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(slowBody(slowAddress, lab.port()));
                }
                answersPromptly(lab, true);
                Map<String, Integer> endings = cutWithin(slow, start, Limits.BODY_DEADLINE.toMillis() + CUT_SLACK_MS);
                assertThat(endings.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SLOW_CLIENTS);
                // At most the per-client cap waited for the deadline; the rest were refused at once.
                assertThat(endings).containsOnlyKeys("408", "503");
                assertThat(endings.get("408")).isEqualTo(Limits.MAX_BODIES_PER_CLIENT);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
            answersPromptly(lab, true);
        }
    }

    @Test
    void slowBodiesFromTheSameAddressLeavePagesAndReadsAnswering() throws Exception {
        try (Lab lab = Lab.start(data)) {
            List<Socket> slow = new ArrayList<>();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(slowBody(InetAddress.getByName("127.0.0.1"), lab.port()));
                }
                // Requests without a body pass; a body from this address waits its turn: 503 at once, in the error body.
                answersPromptly(lab, false);
                Lab.Reply busy = lab.post("/api/crisis", CRISIS);
                assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
                assertThat(busy.message()).contains("at most " + Limits.MAX_BODIES_PER_CLIENT + " from one address");
                cutWithin(slow, start, Limits.BODY_DEADLINE.toMillis() + CUT_SLACK_MS);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
            assertThat(lab.post("/api/crisis", CRISIS).status()).isEqualTo(200);
        }
    }

    /** A connection that announces a 1,000-byte body and sends 10 bytes of it. */
    static Socket slowBody(InetAddress from, int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.getOutputStream().write(("POST /api/crisis HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"scenari").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    static void answersPromptly(Lab lab, boolean withCrisis) {
        long t = System.nanoTime();
        assertThat(lab.get("/api/health").status()).isEqualTo(200);
        assertThat(elapsedMs(t)).as("/api/health").isLessThan(ANSWER_BOUND_MS);
        t = System.nanoTime();
        assertThat(lab.get("/index.html").status()).isEqualTo(200);
        assertThat(elapsedMs(t)).as("/index.html").isLessThan(ANSWER_BOUND_MS);
        if (withCrisis) {
            t = System.nanoTime();
            Lab.Reply r = lab.post("/api/crisis", CRISIS);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(elapsedMs(t)).as("/api/crisis").isLessThan(ANSWER_BOUND_MS);
        }
    }

    /** Reads every slow connection to its end; counts how each ended (the status it got, or "closed"). */
    static Map<String, Integer> cutWithin(List<Socket> sockets, long start, long boundMs) throws IOException {
        Map<String, Integer> endings = new TreeMap<>();
        for (Socket s : sockets) {
            long left = boundMs - elapsedMs(start);
            assertThat(left).as("slow connections still open after " + boundMs + " ms").isPositive();
            s.setSoTimeout((int) left);
            InputStream in = s.getInputStream();
            byte[] all;
            try {
                all = in.readAllBytes();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("a slow connection was still open " + boundMs + " ms after it started", e);
            } catch (IOException e) {
                all = new byte[0]; // reset by the server: cut too
            }
            String reply = new String(all, StandardCharsets.ISO_8859_1);
            String ending = reply.startsWith("HTTP/1.1 ") ? reply.substring(9, 12) : "closed";
            if (!ending.equals("closed")) {
                assertThat(reply).contains("\"error\":{\"status\":" + ending);
            }
            endings.merge(ending, 1, Integer::sum);
        }
        return endings;
    }

    static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static boolean canBind(InetAddress a) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(a, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

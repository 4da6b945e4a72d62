package io.spokes.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a request through to the lab only once its whole body has arrived. The lab's handlers read
 * bodies with blocking servlet reads, so a client that announces a body and trickles it would hold
 * one of Jetty's threads until the idle timeout; 250 such clients used to freeze every other answer.
 * Here the body is received asynchronously (no thread is held while waiting), must arrive within
 * {@link Limits#BODY_DEADLINE}, and one client address may send at most
 * {@link Limits#MAX_BODIES_PER_CLIENT} bodies at once. Requests without a body pass straight through.
 */
final class BodyGate extends Handler.Wrapper {
    private final long deadlineMillis;
    private final int perClient;
    /** Bodies being received, by client address (an entry disappears when its count drops to zero). */
    private final Map<String, Integer> receiving = new ConcurrentHashMap<>();

    BodyGate(Duration deadline, int perClient) {
        this.deadlineMillis = deadline.toMillis();
        this.perClient = perClient;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        // No body, or one the lab refuses (413) from its declared length without reading it.
        if ((length <= 0 && !chunked) || length > Limits.MAX_BODY_BYTES) {
            return super.handle(request, response, callback);
        }
        String client = Request.getRemoteAddr(request);
        if (!admit(client)) {
            Response.writeError(request, response, callback, 503, "this client is already sending " + perClient
                    + " request bodies at once; the lab takes at most " + perClient + " from one address (send the rest when they are done)");
            return true;
        }
        new Intake(request, response, callback, client).start();
        return true;
    }

    private boolean admit(String client) {
        boolean[] admitted = {false};
        receiving.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perClient) {
                return n;
            }
            admitted[0] = true;
            return now + 1;
        });
        return admitted[0];
    }

    private void release(String client) {
        receiving.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Bodies being received right now from {@code client} (for tests). */
    int receiving(String client) {
        return receiving.getOrDefault(client, 0);
    }

    /** One body being received: chunks copied as they come, then the request handed on with the body ready to read. */
    private final class Intake implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final String client;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        /** Set once by whichever ends the intake: the last chunk, a failure, or the deadline. */
        private final AtomicBoolean ended = new AtomicBoolean();
        private Scheduler.Task deadline;

        Intake(Request request, Response response, Callback callback, String client) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.client = client;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::expire, deadlineMillis, TimeUnit.MILLISECONDS);
            // Jetty's core leaves "Expect: 100-continue" to the handler (the servlet layer would answer it on
            // its first read): without this, curl waits a second before sending a body over 1 MiB.
            if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
                response.writeInterim(HttpStatus.CONTINUE_100, HttpFields.EMPTY);
            }
            run();
        }

        /** Reads what has arrived; asks to be called again when more does. */
        @Override
        public void run() {
            while (!ended.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (end()) {
                        Response.writeError(request, response, callback, chunk.getFailure());
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int n = bytes.remaining();
                if (body.size() + (long) n > Limits.MAX_BODY_BYTES) {
                    chunk.release();
                    if (end()) {
                        Response.writeError(request, response, callback, 413, Json.tooLarge(-1).getMessage());
                    }
                    return;
                }
                byte[] copy = new byte[n];
                bytes.get(copy);
                body.write(copy, 0, n);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (end()) {
                        handOn();
                    }
                    return;
                }
            }
        }

        private boolean end() {
            if (!ended.compareAndSet(false, true)) {
                return false;
            }
            deadline.cancel();
            release(client);
            return true;
        }

        private void expire() {
            if (end()) {
                Response.writeError(request, response, callback, 408, "the request body did not arrive within "
                        + deadlineMillis / 1000 + " s (" + body.size() + " of " + (request.getLength() < 0 ? "?" : request.getLength())
                        + " bytes); the lab waits at most " + deadlineMillis / 1000 + " s for a body, so a slow client cannot hold it");
            }
        }

        private void handOn() {
            Request whole = new WholeBody(request, body.toByteArray());
            try {
                if (!BodyGate.super.handle(whole, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        }
    }

    /** The request with its body already received: reads never wait. */
    private static final class WholeBody extends Request.Wrapper {
        private Content.Chunk rest;

        WholeBody(Request request, byte[] body) {
            super(request);
            this.rest = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = rest;
            rest = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}

package dev.mizan.core.live;

/**
 * One socket as the adapter provides it. {@link #send} is never called by two threads at once;
 * it may block while the frame is written.
 */
public interface LiveTransport {

    /** Writes one text frame. */
    void send(String text) throws Exception;

    /** Closes the socket with a WebSocket close code and a short reason. */
    void close(int code, String reason);
}

package testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay in front of a real server (the test PostgreSQL) that a test can cut like a network or a
 * server going away: {@link #cut(Outage)} closes every relayed connection at once and then either resets
 * each new connection right after accepting it (the server is down: the client is refused at once) or
 * accepts and never answers (the host stopped answering: the client waits for its own timeouts).
 * {@link #restore()} relays again. It counts connection attempts, so a test can see whether the
 * application tried at all.
 */
public final class TcpProxy implements AutoCloseable {

    /** How the server looks once cut. */
    public enum Outage { REFUSE, BLACK_HOLE }

    private static final Pattern JDBC_HOST_PORT = Pattern.compile("^(jdbc:postgresql://)([^/:?]+)(?::(\\d+))?(/.*)$");

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile Outage outage;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("tcp-proxy-" + listener.getLocalPort()).start(this::acceptLoop);
    }

    /** A proxy in front of the server of a PostgreSQL JDBC URL. */
    public static TcpProxy inFrontOf(String jdbcUrl) {
        Matcher url = JDBC_HOST_PORT.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host[:port]/... URL: " + jdbcUrl);
        }
        int port = url.group(3) == null ? 5432 : Integer.parseInt(url.group(3));
        try {
            return new TcpProxy(new InetSocketAddress(url.group(2), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same URL with the proxy in place of the server. */
    public String proxied(String jdbcUrl) {
        Matcher url = JDBC_HOST_PORT.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host[:port]/... URL: " + jdbcUrl);
        }
        return url.group(1) + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort() + url.group(4);
    }

    /** Connections the proxy has been asked for since it started, relayed or not. */
    public int attempts() {
        return attempts.get();
    }

    public void cut(Outage how) {
        outage = how;
        open.forEach(this::end);
    }

    public void restore() {
        Outage was = outage;
        outage = null;
        if (was != null) {
            open.forEach(this::end); // black-holed connections end too, as when a host comes back
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(this::end);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                attempts.incrementAndGet();
                Outage now = outage;
                if (now == Outage.REFUSE) {
                    end(client);
                } else if (now == Outage.BLACK_HOLE) {
                    open.add(client); // held open, never read from or answered
                } else {
                    Thread.ofVirtual().start(() -> relay(client));
                }
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void relay(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(target, 5_000);
        } catch (IOException e) {
            end(client);
            end(server);
            return;
        }
        open.add(client);
        open.add(server);
        if (outage != null) { // cut while connecting
            end(client);
            end(server);
            return;
        }
        Thread.ofVirtual().start(() -> pump(client, server));
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException endOfEitherSide) {
            // the other direction or a cut closed the sockets
        } finally {
            end(from);
            end(to);
        }
    }

    /** Closes with a TCP reset, as a dying server's kernel does, so the other side learns at once. */
    private void end(Socket socket) {
        open.remove(socket);
        try {
            if (!socket.isClosed()) {
                if (socket.isConnected()) {
                    socket.setSoLinger(true, 0);
                }
                socket.close();
            }
        } catch (SocketException ignored) {
            // already gone
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

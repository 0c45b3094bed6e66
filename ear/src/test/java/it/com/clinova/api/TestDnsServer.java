package it.com.clinova.api;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * A DNS server on loopback (UDP, {@code clinova.it.dns.port}) that the test server is configured
 * to ask ({@code clinova.domains.dns-server}): it answers TXT questions from the records a test
 * publishes, NXDOMAIN for anything else. A real resolver and real DNS messages, no internet.
 */
public final class TestDnsServer implements AutoCloseable {

    static final int PORT = Integer.getInteger("clinova.it.dns.port", 19053);

    private final DatagramSocket socket;
    private final Map<Name, List<String>> txt = new ConcurrentHashMap<>();
    private final Thread loop;

    private TestDnsServer() throws SocketException {
        socket = new DatagramSocket(PORT, InetAddress.getLoopbackAddress());
        loop = new Thread(this::serve, "test-dns");
        loop.setDaemon(true);
        loop.start();
    }

    public static TestDnsServer start() {
        try {
            return new TestDnsServer();
        } catch (SocketException e) {
            throw new IllegalStateException("The test DNS server cannot listen on UDP " + PORT, e);
        }
    }

    /** Publishes (replaces) the TXT record texts at {@code name}. */
    public void publishTxt(String name, String... texts) {
        txt.put(Name.fromConstantString(name.endsWith(".") ? name : name + "."), List.of(texts));
    }

    public void clear() {
        txt.clear();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                byte[] answer = answer(new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength())));
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private byte[] answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        Record question = query.getQuestion();
        response.addRecord(question, Section.QUESTION);
        List<String> texts = txt.get(question.getName());
        if (question.getType() == Type.TXT && texts != null) {
            for (String text : texts) {
                response.addRecord(new TXTRecord(question.getName(), DClass.IN, 60, text), Section.ANSWER);
            }
        } else {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return response.toWire(512);
    }

    @Override
    public void close() {
        socket.close();
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

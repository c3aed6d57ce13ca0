package uk.fosteringconcerns.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny SMTP server for fault tests (GreenMail cannot delay its final reply): it can answer the end of the
 * message data late (after the client's timeout) or not at all, refuse chosen recipients at RCPT, and be slow at
 * RCPT. A message counts as delivered the moment its data has been received in full (before the final reply), as on
 * a real server that has queued it.
 */
final class SmtpStub implements AutoCloseable {

  /** A message whose data the stub received in full. */
  record Delivery(List<String> recipients, String messageId, String data) {}

  private static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
  private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");

  private final ServerSocket server;
  private final Thread acceptor;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile Duration finalReplyDelay = Duration.ZERO;
  private volatile boolean dropAfterData;
  private volatile Duration rcptDelay = Duration.ZERO;
  private volatile String dataReply = "250 2.0.0 queued";

  private static final class Refusal {
    final int code;
    final AtomicInteger remaining;

    Refusal(int code, int times) {
      this.code = code;
      this.remaining = new AtomicInteger(times);
    }
  }

  SmtpStub() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "smtp-stub-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The final reply to the message data comes this late (0: at once). */
  SmtpStub finalReplyAfter(Duration delay) {
    this.finalReplyDelay = delay;
    return this;
  }

  /** After the message data the connection is closed without any reply. */
  SmtpStub dropAfterData(boolean drop) {
    this.dropAfterData = drop;
    return this;
  }

  /** Each RCPT is answered this late. */
  SmtpStub rcptAfter(Duration delay) {
    this.rcptDelay = delay;
    return this;
  }

  /** The reply to the end of the data, e.g. "451 4.3.0 try later" (default 250). */
  SmtpStub dataReply(String reply) {
    this.dataReply = reply;
    return this;
  }

  /** RCPT for this address is answered with {@code code} the next {@code times} times. */
  SmtpStub refuse(String address, int code, int times) {
    refusals.put(address.toLowerCase(Locale.ROOT), new Refusal(code, times));
    return this;
  }

  /** Back to a prompt, accepting server. */
  SmtpStub reset() {
    finalReplyDelay = Duration.ZERO;
    dropAfterData = false;
    rcptDelay = Duration.ZERO;
    dataReply = "250 2.0.0 queued";
    refusals.clear();
    return this;
  }

  List<Delivery> deliveries() {
    return new ArrayList<>(deliveries);
  }

  int connections() {
    return connections.get();
  }

  /** How many times the message with this Message-ID reached this recipient. */
  long deliveredTo(String messageId, String recipient) {
    return deliveries.stream().filter(d -> messageId.equals(d.messageId()))
        .filter(d -> d.recipients().contains(recipient.toLowerCase(Locale.ROOT))).count();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.incrementAndGet();
        sockets.add(socket);
        Thread session = new Thread(() -> session(socket), "smtp-stub-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void session(Socket socket) {
    try (socket;
         BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
             StandardCharsets.UTF_8));
         OutputStream out = socket.getOutputStream()) {
      reply(out, "220 stub ESMTP");
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 stub");
        } else if (command.startsWith("MAIL FROM")) {
          recipients.clear();
          reply(out, "250 2.1.0 ok");
        } else if (command.startsWith("RCPT TO")) {
          pause(rcptDelay);
          Matcher m = ADDRESS.matcher(line);
          String address = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
          Refusal refusal = refusals.get(address);
          if (refusal != null && refusal.remaining.getAndDecrement() > 0) {
            reply(out, refusal.code + (refusal.code >= 500 ? " 5.1.1 no such user" : " 4.2.1 mailbox busy"));
          } else {
            recipients.add(address);
            reply(out, "250 2.1.5 ok");
          }
        } else if (command.equals("DATA")) {
          reply(out, "354 go ahead");
          StringBuilder data = new StringBuilder();
          String dataLine;
          while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append('\n');
          }
          if (dataLine == null) {
            return;
          }
          boolean accepted = dataReply.startsWith("2");
          if (accepted) {
            Matcher id = MESSAGE_ID.matcher(data);
            deliveries.add(new Delivery(List.copyOf(recipients), id.find() ? id.group(1) : null, data.toString()));
          }
          if (dropAfterData) {
            return;
          }
          pause(finalReplyDelay);
          reply(out, dataReply);
        } else if (command.startsWith("RSET")) {
          recipients.clear();
          reply(out, "250 2.0.0 ok");
        } else if (command.startsWith("NOOP")) {
          reply(out, "250 2.0.0 ok");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 2.0.0 bye");
          return;
        } else {
          reply(out, "502 5.5.2 not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away (e.g. after its timeout)
    } finally {
      sockets.remove(socket);
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void pause(Duration delay) {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

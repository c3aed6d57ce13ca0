package uk.fosteringconcerns.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.fosteringconcerns.notification.OutboxTestSupport.mail;
import static uk.fosteringconcerns.notification.OutboxTestSupport.state;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/**
 * Issue 9: the outbox against a mail server that misbehaves (a small SMTP stub): nothing is sent twice, nothing is
 * left stuck, refused recipients are retried alone, and an orderly stop never leaves a row SENDING.
 */
class OutboxFaultsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  static final String LAURA = "laura@example.gov.uk";
  static final String LEE = "lee@example.gov.uk";

  ProcessEngine engine;
  DataSource dataSource;
  NotificationService notifications;
  JdbcTemplate jdbc;
  SmtpStub stub;

  @BeforeEach
  void setUp(ProcessEngine engine) throws Exception {
    this.engine = engine;
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+");
    dataSource = configuration.getDataSource();
    notifications = new NotificationService(dataSource, new NotificationTemplates());
    jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM fc_notification");
    OutboxTestSupport.user(engine.getIdentityService(), "laura-test", LAURA, "lado");
    OutboxTestSupport.user(engine.getIdentityService(), "lee-test", LEE, "lado");
    stub = new SmtpStub();
  }

  @AfterEach
  void tearDown() throws Exception {
    stub.close();
    ClockUtil.reset();
    OutboxTestSupport.clearIdentities(engine.getIdentityService());
  }

  private OutboxSender sender(int clientTimeoutMillis, OutboxSender.Settings settings) {
    return new OutboxSender(dataSource, () -> mail(stub.port(), clientTimeoutMillis),
        new MailRecipients(() -> engine), settings);
  }

  private String queueToLado(String reference) {
    return notifications.queue(reference, "lado-notified", "lado", null, null, Map.of("caseReference", reference));
  }

  private Map<String, Object> row(String id) {
    return OutboxTestSupport.row(jdbc, id);
  }

  @Test
  @DisplayName("issue 9.1: the server acknowledges the data after the client's timeout: 1 delivery, UNCONFIRMED, "
      + "never re-sent by itself")
  void finalReplyAfterTimeout() {
    stub.finalReplyAfter(Duration.ofMillis(1500));
    String id = queueToLado("CC-2026-00201");
    OutboxSender sender = sender(500, OutboxTestSupport.settings());

    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.UNCONFIRMED);
    assertThat((String) row(id).get("last_error")).contains("Message-ID").doesNotContain("@example");
    assertThat(stub.deliveries()).hasSize(1);
    assertThat(stub.deliveries().get(0).messageId()).isEqualTo(NotificationService.messageId(id));

    // later runs leave it alone, whatever the time
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(1).toMillis()));
    stub.reset();
    assertThat(sender.sendDue()).isZero();
    assertThat(stub.deliveries()).hasSize(1);
    assertThat(state(jdbc, id)).isEqualTo(Notification.UNCONFIRMED);

    // an administrator who found it in the mail log marks it sent
    var outcome = notifications.administer(id, NotificationService.AdminAction.MARK_SENT, "admin");
    assertThat(outcome.applied()).isTrue();
    assertThat(row(id).get("state")).isEqualTo(Notification.SENT);
    assertThat(row(id).get("resolved_by")).isEqualTo("admin");
    assertThat(sender.sendDue()).isZero();
    assertThat(stub.deliveries()).hasSize(1);
  }

  @Test
  @DisplayName("issue 9.1: the connection is lost after the data, before the final reply: UNCONFIRMED")
  void connectionLostAfterData() {
    stub.dropAfterData(true);
    String id = queueToLado("CC-2026-00202");
    OutboxSender sender = sender(2000, OutboxTestSupport.settings());
    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.UNCONFIRMED);
    assertThat(stub.deliveries()).hasSize(1);
  }

  @Test
  @DisplayName("issue 9.1: a recipient refused with 4xx is retried alone after the back-off; the others get it once")
  void busyRecipientRetriedAlone() {
    stub.refuse(LEE, 451, 1);
    String id = queueToLado("CC-2026-00203");
    OutboxSender sender = sender(2000, OutboxTestSupport.settings());
    Date start = new Date();
    ClockUtil.setCurrentTime(start);

    assertThat(sender.sendDue()).isZero();
    Map<String, Object> row = row(id);
    assertThat(row.get("state")).isEqualTo(Notification.PENDING);
    assertThat(row.get("delivered_to")).isEqualTo(LAURA);
    assertThat(((Date) row.get("next_attempt_at")).getTime()).isEqualTo(start.getTime() + 10_000);
    assertThat((String) row.get("last_error")).contains("451").doesNotContain("@");
    // not before the back-off
    assertThat(sender.sendDue()).isZero();

    ClockUtil.setCurrentTime(new Date(start.getTime() + 10_000));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(state(jdbc, id)).isEqualTo(Notification.SENT);
    assertThat(stub.deliveries()).extracting(SmtpStub.Delivery::recipients)
        .containsExactly(List.of(LAURA), List.of(LEE));
    String messageId = NotificationService.messageId(id);
    assertThat(stub.deliveredTo(messageId, LAURA)).isOne();
    assertThat(stub.deliveredTo(messageId, LEE)).isOne();
    assertThat(Recipients.split((String) row(id).get("delivered_to"))).containsExactlyInAnyOrder(LAURA, LEE);
  }

  @Test
  @DisplayName("issue 9.1/9.5: a recipient refused with 5xx is FAILED for good (the others get it); an administrator's "
      + "resend goes to that recipient alone")
  void refusedRecipientFailsThenResentAlone() {
    stub.refuse(LEE, 550, 100);
    String id = queueToLado("CC-2026-00204");
    OutboxSender sender = sender(2000, OutboxTestSupport.settings());

    assertThat(sender.sendDue()).isZero();
    Map<String, Object> row = row(id);
    assertThat(row.get("state")).isEqualTo(Notification.FAILED);
    assertThat(row.get("delivered_to")).isEqualTo(LAURA);
    assertThat(row.get("refused_to")).isEqualTo(LEE);
    assertThat(row.get("sent_at")).isNotNull();
    assertThat(sender.sendDue()).isZero();

    // the address is corrected; the administrator re-queues the FAILED row
    stub.reset();
    assertThat(notifications.administer(id, NotificationService.AdminAction.RESEND, "admin").applied()).isTrue();
    assertThat(state(jdbc, id)).isEqualTo(Notification.PENDING);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(state(jdbc, id)).isEqualTo(Notification.SENT);
    String messageId = NotificationService.messageId(id);
    assertThat(stub.deliveredTo(messageId, LAURA)).isOne();
    assertThat(stub.deliveredTo(messageId, LEE)).isOne();
  }

  @Test
  @DisplayName("issue 9.5: a message refused with 4xx keeps being retried with a capped back-off for 3 days, then "
      + "FAILED")
  void transientFailuresRetriedForDaysThenFailed() {
    stub.dataReply("451 4.3.0 try again later");
    String id = queueToLado("CC-2026-00205");
    OutboxSender sender = sender(2000, OutboxTestSupport.settings());
    Date start = new Date();
    ClockUtil.setCurrentTime(start);

    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.PENDING);
    long previous = start.getTime();
    // through a day of outage every attempt is at most 45 s after the one before
    for (int i = 0; i < 8; i++) {
      Date next = (Date) row(id).get("next_attempt_at");
      assertThat(next.getTime() - previous).isLessThanOrEqualTo(45_000);
      previous = next.getTime();
      ClockUtil.setCurrentTime(next);
      sender.sendDue();
      assertThat(state(jdbc, id)).isEqualTo(Notification.PENDING);
    }
    ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofHours(47).toMillis()));
    sender.sendDue();
    assertThat(state(jdbc, id)).as("still retried after 47 hours").isEqualTo(Notification.PENDING);
    ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(3).toMillis()));
    sender.sendDue();
    assertThat(state(jdbc, id)).isEqualTo(Notification.FAILED);
    assertThat((String) row(id).get("last_error")).contains("Gave up").contains("451");
    assertThat(stub.deliveries()).isEmpty();

    // an administrator re-queues it once the mail server is mended
    stub.reset();
    assertThat(notifications.administer(id, NotificationService.AdminAction.RESEND, "admin").applied()).isTrue();
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(stub.deliveries()).hasSize(1);
  }

  @Test
  @DisplayName("issue 9.1: an orderly stop during a slow final reply waits for it: the row is SENT")
  void stopWaitsForTheSend() throws Exception {
    stub.finalReplyAfter(Duration.ofMillis(800));
    String id = queueToLado("CC-2026-00206");
    OutboxSender sender = sender(3000, OutboxTestSupport.settings(Duration.ofMinutes(2), Duration.ofSeconds(5)));
    sender.start();
    CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(sender::sendDue);
    await(() -> stub.deliveries().size() == 1);

    sender.stop();
    assertThat(state(jdbc, id)).isEqualTo(Notification.SENT);
    assertThat(sending.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(sender.isRunning()).isFalse();
    // stopped: nothing more is claimed
    String later = queueToLado("CC-2026-00207");
    assertThat(sender.sendDue()).isZero();
    assertThat(state(jdbc, later)).isEqualTo(Notification.PENDING);
  }

  @Test
  @DisplayName("issue 9.1: an orderly stop that cannot wait for the final reply marks the row UNCONFIRMED, not SENDING")
  void stopDuringDataLeavesUnconfirmed() throws Exception {
    stub.finalReplyAfter(Duration.ofMillis(1500));
    String id = queueToLado("CC-2026-00208");
    OutboxSender sender = sender(5000, OutboxTestSupport.settings(Duration.ofMinutes(2), Duration.ofMillis(200)));
    CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(sender::sendDue);
    await(() -> stub.deliveries().size() == 1);

    sender.stop();
    assertThat(state(jdbc, id)).isEqualTo(Notification.UNCONFIRMED);
    // the late reply still arrives while the JVM lives: it is recorded, the row is not left waiting for nothing
    sending.get(5, TimeUnit.SECONDS);
    assertThat(state(jdbc, id)).isEqualTo(Notification.SENT);
    assertThat(stub.deliveries()).hasSize(1);
  }

  @Test
  @DisplayName("issue 9.1: an orderly stop before the message data releases the row, and the data never goes")
  void stopBeforeDataReleases() throws Exception {
    stub.rcptAfter(Duration.ofMillis(700));
    String id = queueToLado("CC-2026-00209");
    OutboxSender sender = sender(5000, OutboxTestSupport.settings(Duration.ofMinutes(2), Duration.ofMillis(200)));
    CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(sender::sendDue);
    await(() -> Notification.SENDING.equals(state(jdbc, id)));

    sender.stop();
    assertThat(state(jdbc, id)).isEqualTo(Notification.PENDING);
    assertThat(sending.get(5, TimeUnit.SECONDS)).isZero();
    assertThat(state(jdbc, id)).isEqualTo(Notification.PENDING);
    assertThat(row(id).get("next_attempt_at")).isNull();
    assertThat(stub.deliveries()).isEmpty();

    // another node (or this one after a restart) sends it
    OutboxSender next = sender(5000, OutboxTestSupport.settings());
    stub.reset();
    assertThat(next.sendDue()).isEqualTo(1);
    assertThat(stub.deliveries()).hasSize(1);
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.sleep(20);
    }
  }
}

-- Tables of the product beside the engine's own (H2 and PostgreSQL alike; run on every start, idempotent).

-- Case reference counters, one row per year (casereference.CaseReferenceService).
CREATE TABLE IF NOT EXISTS fc_case_reference (
  ref_year    INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL
);

-- Notification outbox (notification.NotificationService): every notification is kept, then sent by a job.
CREATE TABLE IF NOT EXISTS fc_notification (
  id              VARCHAR(64)   PRIMARY KEY,
  case_reference  VARCHAR(32),
  template        VARCHAR(100)  NOT NULL,
  recipient_groups VARCHAR(500),
  recipient_address VARCHAR(320),
  subject         VARCHAR(500)  NOT NULL,
  body            VARCHAR(8000) NOT NULL,
  process_instance_id VARCHAR(64),
  created_at      TIMESTAMP     NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  attempts        INTEGER       NOT NULL,
  sent_at         TIMESTAMP,
  last_error      VARCHAR(1000)
);

-- Outbox delivery (notification.OutboxSender): when the next attempt may run, when a sender claimed the row.
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS next_attempt_at TIMESTAMP;
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS claimed_at TIMESTAMP;
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS message_id VARCHAR(200);
CREATE INDEX IF NOT EXISTS fc_notification_state ON fc_notification (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS fc_notification_case ON fc_notification (case_reference);


-- Idempotent starts (casereference.StartRequests): the case a client's requestId started; written in the start's
-- own transaction, so a repeated or concurrent start with the same id creates nothing.
CREATE TABLE IF NOT EXISTS fc_start_request (
  request_id            VARCHAR(64)  PRIMARY KEY,
  process_key           VARCHAR(255) NOT NULL,
  process_definition_id VARCHAR(64)  NOT NULL,
  process_instance_id   VARCHAR(64)  NOT NULL,
  business_key          VARCHAR(255),
  created_at            TIMESTAMP    NOT NULL
);

-- Outbox under faults (issue 9, notification.OutboxSender):
--  recipient_users  explicit user ids (comma-separated), resolved to e-mail addresses at send time like groups;
--  claimed_by       the claim of the sender sending the row now (claimed_at is renewed while it sends);
--  data_started_at  set just before DATA: after it, a send that gets no final reply is UNCONFIRMED, never retried;
--  delivered_to / refused_to  addresses the mail server accepted / refused for good: a retry goes only to the rest;
--  first_failed_at  start of the current run of transient failures (retried with a capped back-off for days);
--  resolved_by / resolved_at  the administrator who last resent, re-queued or marked the row sent.
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS recipient_users VARCHAR(4000);
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS claimed_by VARCHAR(100);
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS data_started_at TIMESTAMP;
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS delivered_to VARCHAR(20000);
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS refused_to VARCHAR(20000);
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS first_failed_at TIMESTAMP;
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS resolved_by VARCHAR(64);
ALTER TABLE fc_notification ADD COLUMN IF NOT EXISTS resolved_at TIMESTAMP;

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

-- Case records (records): earlier concerns imported from the system used before go-live, the documents each case
-- produced, and the append-only audit trail with its hash chain. PostgreSQL also gets triggers that refuse any
-- UPDATE, DELETE or TRUNCATE of the audit (records.RecordsSchema, after the engine is built).
CREATE TABLE IF NOT EXISTS fc_earlier_concern (
  id               VARCHAR(64)   PRIMARY KEY,
  carer_id         VARCHAR(32)   NOT NULL,
  child_id         VARCHAR(32),
  received_on      DATE          NOT NULL,
  category         VARCHAR(30)   NOT NULL,
  outcome          VARCHAR(4000),
  source_reference VARCHAR(100)  NOT NULL,
  imported_at      TIMESTAMP     NOT NULL,
  imported_by      VARCHAR(128)  NOT NULL,
  CONSTRAINT fc_earlier_concern_source UNIQUE (source_reference)
);
CREATE INDEX IF NOT EXISTS fc_earlier_concern_carer ON fc_earlier_concern (carer_id, received_on);
CREATE INDEX IF NOT EXISTS fc_earlier_concern_child ON fc_earlier_concern (child_id, received_on);

CREATE TABLE IF NOT EXISTS fc_case_document (
  id                  VARCHAR(64)   PRIMARY KEY,
  case_reference      VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64),
  task_id             VARCHAR(64),
  doc_type            VARCHAR(40)   NOT NULL,
  title               VARCHAR(300)  NOT NULL,
  created_at          TIMESTAMP     NOT NULL,
  created_by          VARCHAR(128),
  sha256              VARCHAR(64)   NOT NULL,
  content             BYTEA         NOT NULL
);
CREATE INDEX IF NOT EXISTS fc_case_document_case ON fc_case_document (case_reference, created_at);

CREATE TABLE IF NOT EXISTS fc_audit (
  seq                 BIGINT        PRIMARY KEY,
  occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  user_id             VARCHAR(128),
  action              VARCHAR(16)   NOT NULL,
  what                VARCHAR(100)  NOT NULL,
  case_reference      VARCHAR(32),
  process_instance_id VARCHAR(64),
  task_id             VARCHAR(64),
  detail              VARCHAR(2000),
  prev_hash           VARCHAR(64)   NOT NULL,
  hash                VARCHAR(64)   NOT NULL
);
CREATE INDEX IF NOT EXISTS fc_audit_case ON fc_audit (case_reference, seq);
-- The head of the chain: every append locks this one row (SELECT ... FOR UPDATE), so appends from several nodes
-- form one line; verify also checks that the head matches the last entry (a removed tail is found).
CREATE TABLE IF NOT EXISTS fc_audit_head (
  id        INTEGER      PRIMARY KEY,
  last_seq  BIGINT       NOT NULL,
  last_hash VARCHAR(64)  NOT NULL
);
INSERT INTO fc_audit_head (id, last_seq, last_hash)
  SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
  WHERE NOT EXISTS (SELECT 1 FROM fc_audit_head WHERE id = 1);

-- Oversight reporting (oversight.OversightHistoryHandler, PROCESS-API section 9). Kept by a history event handler in
-- the engine's own transaction, next to the engine's default history; the reports and the overdue list read only
-- these tables (indexed by the dates they filter on), never the engine's history tables.
-- One row per running process instance of the product: its case reference (business key) and start.
CREATE TABLE IF NOT EXISTS fc_ov_process (
  process_instance_id VARCHAR(64)  PRIMARY KEY,
  process_key         VARCHAR(255) NOT NULL,
  case_reference      VARCHAR(64),
  started_at          TIMESTAMP    NOT NULL,
  group_id            VARCHAR(64)
);

-- The reported variables of each running process instance, captured by name (fostering.oversight.captured-variables);
-- removed when the process instance ends. Never free text: only the names listed, and only their values.
CREATE TABLE IF NOT EXISTS fc_ov_variable (
  process_instance_id VARCHAR(64)  NOT NULL,
  name                VARCHAR(100) NOT NULL,
  kind                VARCHAR(10)  NOT NULL,
  text_value          VARCHAR(255),
  number_value        DOUBLE PRECISION,
  date_value          TIMESTAMP,
  CONSTRAINT fc_ov_variable_pk PRIMARY KEY (process_instance_id, name)
);

-- Open user tasks that are statutory (camunda:property statutory=true) or measured by a figure; removed on completion.
-- candidate_groups is a comma-framed list (",lado,") so that one LIKE finds a group.
CREATE TABLE IF NOT EXISTS fc_ov_open_task (
  task_id             VARCHAR(64)   PRIMARY KEY,
  process_instance_id VARCHAR(64),
  process_key         VARCHAR(255),
  case_reference      VARCHAR(64),
  task_key            VARCHAR(255),
  task_name           VARCHAR(255),
  candidate_groups    VARCHAR(1000),
  assignee            VARCHAR(255),
  created_at          TIMESTAMP,
  due_at              TIMESTAMP,
  statutory           SMALLINT      NOT NULL,
  kpi_due_on          DATE
);
CREATE INDEX IF NOT EXISTS fc_ov_open_task_due ON fc_ov_open_task (statutory, due_at);

-- One row per counted event (a concern received, a meeting held, an escalation closed...): the figure it counts, its
-- London date, the group whose work it is, and whether it met its timescale. Written once, never updated.
CREATE TABLE IF NOT EXISTS fc_ov_fact (
  id                  VARCHAR(160)  PRIMARY KEY,
  report              VARCHAR(20)   NOT NULL,
  figure              VARCHAR(60)   NOT NULL,
  category            VARCHAR(64),
  event_on            DATE          NOT NULL,
  event_month         INTEGER       NOT NULL,
  group_id            VARCHAR(64),
  on_time             SMALLINT,
  flag                SMALLINT,
  amount              INTEGER,
  due_on              DATE,
  case_reference      VARCHAR(64),
  process_instance_id VARCHAR(64),
  recorded_at         TIMESTAMP     NOT NULL,
  -- on the fact that opened a case: the day it ended, 9999-12-31 while open (the one value updated after writing)
  ended_on            DATE
);
-- covers every report query (an index-only scan on PostgreSQL once vacuumed)
CREATE INDEX IF NOT EXISTS fc_ov_fact_report ON fc_ov_fact (report, event_on, figure, category, group_id, on_time, flag, amount, event_month);
CREATE INDEX IF NOT EXISTS fc_ov_fact_case ON fc_ov_fact (case_reference);
-- "open at the end of the period": the cases opened by then that ended after it (the open ones and recent ones only)
CREATE INDEX IF NOT EXISTS fc_ov_fact_open ON fc_ov_fact (report, figure, ended_on, event_on, group_id);

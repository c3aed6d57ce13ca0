package uk.fosteringconcerns.misseddeadline;

/** Names of the process `missed-deadline` and of the statutory timers (PROCESS-API section 8). */
public final class MissedDeadlineVariables {

  public static final String PROCESS_KEY = "missed-deadline";
  public static final String DECISION_KEY = "missed-deadline-manager";
  public static final String MESSAGE_LATE_WORK_DONE = "LateWorkDone";
  public static final String TASK_CHASE_LATE_WORK = "Task_ChaseLateWork";
  public static final String EVENT_CHASE_DUE = "Event_ChaseDue";
  public static final String EVENT_UNTIL_CHASE_DUE = "Event_UntilChaseDue";

  // start variables (the contract's)
  public static final String CASE_REFERENCE = "caseReference";
  public static final String LATE_TASK_ID = "lateTaskId";
  public static final String LATE_TASK_NAME = "lateTaskName";
  public static final String LATE_TASK_GROUP = "lateTaskGroup";
  public static final String DUE_ON = "dueOn";
  // helpers of the model
  public static final String LATE_TASK_HOLDER = "lateTaskHolder";
  public static final String LEVEL = "level";
  public static final String LEVEL_STARTED_ON = "levelStartedOn";
  public static final String LATE_TASK_OPEN = "lateTaskOpen";
  /** Another authority's LADO leads the case (seed 001 4.1): its LADO deadlines are not chased here. */
  public static final String OTHER_AUTHORITY_LEADS = "otherAuthorityLeads";
  /** The triage's record of which LADO leads (concern-triage, Task_ReferToHomeAuthorityLado). */
  public static final String LEAD_AUTHORITY = uk.fosteringconcerns.triage.ConcernTriageVariables.LEAD_AUTHORITY;
  public static final String LEAD_HOME_AUTHORITY = uk.fosteringconcerns.triage.ConcernTriageVariables.LEAD_HOME_AUTHORITY;
  // decision outputs and the chase task's answer
  public static final String MANAGER_GROUP = "managerGroup";
  public static final String CHASE_WORKING_DAYS = "chaseWorkingDays";
  public static final String CHASE_NOTE = "chaseNote";

  /** The highest level: the decision keeps it with the head of service from here. */
  public static final int TOP_LEVEL = 3;

  // local variables of a statutory task's own execution (the task is a scope: its timers hang on it)
  /** The due date the statutory timers count from (set when the task is created or its due date moves). */
  public static final String STATUTORY_DUE_ON = "statutoryDueOn";
  /** The due date a reminder was sent for: one reminder per due date. */
  public static final String REMINDED_FOR = "statutoryRemindedFor";
  /** The missed-deadline process chasing this task, while there is one. */
  public static final String CHASE_INSTANCE = "missedDeadlineChase";
  /** Task-local: the due date its holder was told is missed when no manager here chases (another authority leads). */
  public static final String OVERDUE_TOLD_FOR = "statutoryOverdueToldFor";

  /** Timeout listener ids of a statutory task (the models declare them; lint checks). */
  public static final String REMINDER_LISTENER = "StatutoryReminder";
  public static final String CHASE_LISTENER = "StatutoryChase";

  /** Templates of notifications/. */
  public static final String TEMPLATE_REMINDER = "task-reminder";
  public static final String TEMPLATE_OVERDUE = "task-overdue";

  private MissedDeadlineVariables() {}
}

package uk.fosteringconcerns.allegations;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * `${meetingHeldListener}` (complete of Task_InitialEvaluationMeeting and Task_PostAllegationMeeting): keeps the date
 * of the meeting just held as lastMeetingOn, from which the next Post-Allegation Investigation Meeting is due within
 * 28 days (seed 004 LADO report section 4).
 */
public class MeetingHeldListener implements TaskListener {
  @Override
  public void notify(DelegateTask task) {
    String held = AllegationVariables.TASK_POST_ALLEGATION_MEETING.equals(task.getTaskDefinitionKey())
        ? AllegationVariables.PAIM_HELD_ON
        : AllegationVariables.IEM_HELD_ON;
    task.getExecution().setVariable(AllegationVariables.LAST_MEETING_ON, task.getExecution().getVariable(held));
  }
}

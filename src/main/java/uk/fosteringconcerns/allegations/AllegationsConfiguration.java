package uk.fosteringconcerns.allegations;

import org.springframework.context.annotation.Bean;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.timescales.Deadlines;
import org.springframework.context.annotation.Configuration;

/** The beans and form rules `management-of-allegations` refers to. */
@Configuration
public class AllegationsConfiguration {

  @Bean("meetingHeldListener")
  public MeetingHeldListener meetingHeldListener() {
    return new MeetingHeldListener();
  }

  @Bean
  public MeetingDateRule initialEvaluationMeetingDateRule() {
    return MeetingDateRule.initialEvaluationMeeting();
  }

  @Bean
  public MeetingDateRule postAllegationMeetingDateRule() {
    return MeetingDateRule.postAllegationMeeting();
  }

  @Bean
  public FormRule iemLateReasonRule(Deadlines deadlines) {
    return AllegationFormRules.iemLateReason(deadlines);
  }

  @Bean
  public FormRule irmRecommendationDateRule() {
    return AllegationFormRules.notInFuture("irm-recommendation", "irmRecommendationOn");
  }

  @Bean
  public FormRule outcomeLetterDateRule() {
    return AllegationFormRules.notInFuture("outcome-letter", AllegationVariables.OUTCOME_LETTER_SENT_ON);
  }
}

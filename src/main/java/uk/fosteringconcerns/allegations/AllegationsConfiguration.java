package uk.fosteringconcerns.allegations;

import org.springframework.context.annotation.Bean;
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
}

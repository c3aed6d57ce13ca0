package uk.fosteringconcerns.forms;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** `/engine-rest` as the starter configures it, plus the 400 for a start refused by form validation. */
@Component
@ApplicationPath("/engine-rest")
public class RestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(FormValidationExceptionMapper.class);
  }
}

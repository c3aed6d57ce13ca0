package uk.fosteringconcerns.forms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST `start` endpoint answers any engine exception with 500, unlike `complete` and `submit-form`,
 * which answer a form validation failure with 400. This mapper makes a refused start a 400 naming the field too,
 * and leaves every other error as Camunda answers it.
 */
@Provider
@Priority(1)
public class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(exception);
        dto.setType(FormFieldValidationException.class.getSimpleName());
        return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
    }
    return camundaDefault.toResponse(exception);
  }
}

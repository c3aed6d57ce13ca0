package uk.fosteringconcerns.oversight;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fostering.oversight.captured-variables}: variables kept for reporting beyond those the figures read, by name,
 * so that a variable a model adds can be reported on without code. Values only: never list a free-text variable.
 */
@ConfigurationProperties("fostering.oversight")
public record OversightProperties(List<String> capturedVariables) {

  public OversightProperties {
    capturedVariables = capturedVariables == null ? List.of() : List.copyOf(capturedVariables);
  }
}

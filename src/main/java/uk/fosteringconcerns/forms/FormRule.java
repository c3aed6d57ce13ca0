package uk.fosteringconcerns.forms;

import java.util.Map;
import java.util.function.Function;

/**
 * A rule for one form that its schema cannot state (e.g. "received on may not be in the future"). Spring beans
 * of this type are run by the same validation, after the form's own rules; a broken rule throws
 * {@link FormValidation#invalid(String, String)}.
 */
public interface FormRule {

  /** The form id (file name under forms/) this rule belongs to. */
  String formId();

  /**
   * @param submitted the values being submitted, already converted (dates are java.util.Date)
   * @param existing  the case's current variables, for rules that compare with earlier answers
   */
  void check(Map<String, Object> submitted, Function<String, Object> existing);
}

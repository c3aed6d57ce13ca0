package uk.fosteringconcerns.forms;

/**
 * A rule for one form that its schema cannot state (e.g. "received on may not be in the future"). Spring beans
 * of this type are run by the same validation, after the form's own rules; a broken rule throws
 * {@link FormValidation#invalid(String, String)}.
 */
public interface FormRule {

  /** The form id (file name under forms/) this rule belongs to. */
  String formId();

  /** Checks (and may normalise) the submission's values; throws {@link InvalidFieldException} to refuse it. */
  void check(FormSubmission submission);
}

package uk.fosteringconcerns.records.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.records.audit.AuditEntry;
import uk.fosteringconcerns.records.audit.AuditSession;

/**
 * The documents a case produces, made at their step and kept with the case (PROCESS-API section 10). A document is
 * rendered and stored inside the completing command: if it cannot be made, the task is not completed either.
 * {@link #documentsOf(String)} gives the links a task form shows.
 */
public class CaseDocuments {

  /** A document's title and its address relative to the application (e.g. for a link on a task form). */
  public record DocumentLink(String title, String url) {}

  private final DocumentStore store;
  private final DocumentRenderer renderer;
  private final DocumentModels models;
  private final Supplier<ProcessEngine> engine;

  public CaseDocuments(DocumentStore store, DocumentRenderer renderer, DocumentModels models,
      Supplier<ProcessEngine> engine) {
    this.store = store;
    this.renderer = renderer;
    this.models = models;
    this.engine = engine;
  }

  /** Renders and stores one document of the task's case; called by {@link DocumentTaskListener}. */
  public StoredDocument produce(DocumentType type, DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    String user = context != null && context.getAuthenticatedUserId() != null ? context.getAuthenticatedUserId()
        : task.getAssignee();
    String caseReference = task.getExecution().getProcessBusinessKey();
    Date now = ClockUtil.getCurrentTime();
    byte[] pdf;
    try {
      Map<String, Object> model = models.build(type, caseVariables(task), caseReference, user, names(context), now);
      pdf = renderer.render(type.template(), model);
    } catch (RuntimeException e) {
      // the completion fails with the document: no half-done step
      throw new ProcessEngineException("The " + type.title().toLowerCase() + " could not be produced, so the task was"
          + " not completed: " + e.getMessage(), e);
    }
    StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), caseReference,
        task.getProcessInstanceId(), task.getId(), type, type.title(), now.toInstant().truncatedTo(ChronoUnit.MILLIS),
        user, sha256(pdf), pdf);
    store.save(document);
    if (context != null) {
      context.getSession(AuditSession.class).add(new AuditEntry(user, AuditEntry.CHANGE, "document produced",
          caseReference, task.getProcessInstanceId(), task.getId(),
          "document " + document.id() + " " + type.name() + " sha256 " + document.sha256()));
    }
    return document;
  }

  /**
   * The case's variables as the task sees them, over those of the processes that called its process (a called
   * Standards of Care process receives only some of the concern's values, e.g. not who raised it).
   */
  static Map<String, Object> caseVariables(DelegateTask task) {
    List<DelegateExecution> callers = new java.util.ArrayList<>();
    for (DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution(); caller != null;
        caller = caller.getProcessInstance().getSuperExecution()) {
      callers.add(0, caller);
    }
    Map<String, Object> variables = new java.util.HashMap<>();
    callers.forEach(caller -> variables.putAll(caller.getVariables()));
    variables.putAll(task.getVariables());
    return variables;
  }

  /** The case's documents, oldest first, without content. */
  public List<StoredDocument> list(String caseReference) {
    return store.list(caseReference);
  }

  public Optional<StoredDocument> find(String caseReference, String id) {
    return store.find(caseReference, id);
  }

  /** Title and relative URL of each document of the case, oldest first: for links on task forms. */
  public List<DocumentLink> documentsOf(String caseReference) {
    return store.list(caseReference).stream().map(d -> new DocumentLink(d.title(), d.url())).toList();
  }

  /** A user's name from the identity service (read as the system); the id when the user is unknown. */
  private Function<String, String> names(CommandContext context) {
    return userId -> {
      if (userId == null) {
        return null;
      }
      Supplier<User> lookup = () -> engine.get().getIdentityService().createUserQuery().userId(userId).singleResult();
      User user = context != null ? context.runWithoutAuthorization(lookup::get) : lookup.get();
      if (user == null) {
        return userId;
      }
      String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).trim();
      return name.isEmpty() ? userId : name;
    };
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}

package uk.fosteringconcerns.records;

import static uk.fosteringconcerns.records.RecordsHttp.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.fosteringconcerns.identity.Groups;
import uk.fosteringconcerns.records.access.CaseAccess;
import uk.fosteringconcerns.records.access.Caller;
import uk.fosteringconcerns.records.audit.AuditEntry;
import uk.fosteringconcerns.records.audit.AuditRecord;
import uk.fosteringconcerns.records.audit.AuditTrail;
import uk.fosteringconcerns.records.chronology.ChronologyEntry;
import uk.fosteringconcerns.records.chronology.ChronologyService;
import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.records.documents.DocumentRenderer;
import uk.fosteringconcerns.records.documents.StoredDocument;
import uk.fosteringconcerns.records.earlier.EarlierConcernImportException;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;

/**
 * The case records API (PROCESS-API section 10): chronologies, documents, the case audit, its verification, and
 * the import of concerns recorded before go-live. Every answer is checked against who may read the case first,
 * and every read (and refusal) goes into the audit trail before the data leaves.
 */
@RestController
public class RecordsController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseAccess access;
  private final ChronologyService chronology;
  private final CaseDocuments documents;
  private final DocumentRenderer renderer;
  private final AuditTrail audit;
  private final EarlierConcernService earlier;
  private final String authority;

  public RecordsController(CaseAccess access, ChronologyService chronology, CaseDocuments documents,
      DocumentRenderer renderer, AuditTrail audit, EarlierConcernService earlier,
      @org.springframework.beans.factory.annotation.Value("${fostering.records.authority-name:Children's Services}")
      String authority) {
    this.access = access;
    this.chronology = chronology;
    this.documents = documents;
    this.renderer = renderer;
    this.audit = audit;
    this.earlier = earlier;
    this.authority = authority;
  }

  // ------------------------------------------------------------------------------------------------ chronology

  @GetMapping("/api/carers/{carerId}/chronology")
  public ResponseEntity<byte[]> carerChronology(@PathVariable("carerId") String carerId,
      @RequestHeader(name = "Accept", required = false) String accept) {
    return chronology("carerId", "foster carer", carerId, accept);
  }

  @GetMapping("/api/children/{childId}/chronology")
  public ResponseEntity<byte[]> childChronology(@PathVariable("childId") String childId,
      @RequestHeader(name = "Accept", required = false) String accept) {
    return chronology("childId", "child", childId, accept);
  }

  private ResponseEntity<byte[]> chronology(String parameter, String subject, String id, String accept) {
    Caller caller = access.currentCaller();
    if (caller == null) {
      return unauthenticated();
    }
    if (!PERSON_ID.matcher(id).matches()) {
      return badParameter(parameter, "must match ^[A-Za-z0-9-]{1,32}$");
    }
    List<ChronologyEntry> entries = "carerId".equals(parameter) ? chronology.forCarer(id) : chronology.forChild(id);
    Set<String> cases = chronology.casesOf(entries);
    String detail = subject + " " + id + " chronology";
    if (!access.seesAll(caller) && access.readable(caller, cases).isEmpty()) {
      // the refusal shows in the audit of each case it would have read
      List<AuditEntry> refusals = new ArrayList<>();
      if (cases.isEmpty()) {
        refusals.add(AuditEntry.refused(caller.userId(), "chronology read refused", null, detail));
      }
      cases.forEach(caseReference -> refusals.add(
          AuditEntry.refused(caller.userId(), "chronology read refused", caseReference, detail)));
      audit.append(refusals);
      return forbidden();
    }
    boolean pdf = wantsPdf(accept);
    List<AuditEntry> reads = new ArrayList<>();
    String what = pdf ? "chronology printed" : "chronology read";
    if (cases.isEmpty()) {
      reads.add(AuditEntry.read(caller.userId(), what, null, detail));
    }
    cases.forEach(caseReference -> reads.add(AuditEntry.read(caller.userId(), what, caseReference, detail)));
    audit.append(reads);
    if (pdf) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("title", "Chronology of concerns: " + subject + " " + id);
      model.put("authority", authority);
      model.put("producedOn", RecordWords.day(ClockUtil.getCurrentTime()));
      model.put("producedBy", caller.userId());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ChronologyEntry entry : entries) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", RecordWords.day(Date.from(entry.date())));
        row.put("reference", entry.caseReference() != null ? entry.caseReference() : entry.sourceReference());
        row.put("event", entry.event());
        row.put("summary", entry.summary());
        rows.add(row);
      }
      model.put("entries", rows);
      return RecordsHttp.pdf(renderer.render("chronology", model), "chronology-" + id + ".pdf");
    }
    List<Map<String, Object>> json = new ArrayList<>();
    for (ChronologyEntry entry : entries) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("date", iso(entry.date()));
      line.put("caseReference", entry.caseReference());
      line.put("event", entry.event());
      line.put("summary", entry.summary());
      if (entry.sourceReference() != null) {
        line.put("sourceReference", entry.sourceReference());
      }
      json.add(line);
    }
    return json(HttpStatus.OK, json);
  }

  // ------------------------------------------------------------------------------------------------- documents

  @GetMapping("/api/cases/{caseReference}/documents")
  public ResponseEntity<byte[]> documents(@PathVariable("caseReference") String caseReference) {
    Optional<ResponseEntity<byte[]>> refused = check(caseReference, "documents listed");
    if (refused.isPresent()) {
      return refused.get();
    }
    List<Map<String, Object>> json = new ArrayList<>();
    for (StoredDocument document : documents.list(caseReference)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", document.id());
      line.put("type", document.type().name());
      line.put("title", document.title());
      line.put("createdAt", iso(document.createdAt()));
      line.put("sha256", document.sha256());
      line.put("url", document.url());
      json.add(line);
    }
    audit.append(AuditEntry.read(access.currentCaller().userId(), "documents listed", caseReference,
        json.size() + " documents"));
    return json(HttpStatus.OK, json);
  }

  @GetMapping("/api/cases/{caseReference}/documents/{documentId}")
  public ResponseEntity<byte[]> document(@PathVariable("caseReference") String caseReference,
      @PathVariable("documentId") String documentId) {
    if (access.currentCaller() != null && CASE_REFERENCE.matcher(caseReference).matches()
        && !DOCUMENT_ID.matcher(documentId).matches()) {
      return badParameter("documentId", "must be a document id as listed by /api/cases/{caseReference}/documents");
    }
    Optional<ResponseEntity<byte[]>> refused = check(caseReference, "document read");
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<StoredDocument> document = documents.find(caseReference, documentId);
    if (document.isEmpty()) {
      return notFound("Document");
    }
    StoredDocument found = document.get();
    audit.append(new AuditEntry(access.currentCaller().userId(), AuditEntry.READ, "document read", caseReference,
        found.processInstanceId(), found.taskId(), "document " + found.id() + " " + found.type().name()));
    return pdf(found.content(), caseReference + "-" + found.type().fileSuffix() + ".pdf");
  }

  // ----------------------------------------------------------------------------------------------------- audit

  @GetMapping("/api/cases/{caseReference}/audit")
  public ResponseEntity<byte[]> caseAudit(@PathVariable("caseReference") String caseReference) {
    Optional<ResponseEntity<byte[]>> refused = check(caseReference, "audit read");
    if (refused.isPresent()) {
      return refused.get();
    }
    List<Map<String, Object>> json = new ArrayList<>();
    for (AuditRecord record : audit.forCase(caseReference)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("seq", record.seq());
      line.put("at", iso(record.occurredAt()));
      line.put("userId", record.entry().userId());
      line.put("action", record.entry().action());
      line.put("what", record.entry().what());
      line.put("processInstanceId", record.entry().processInstanceId());
      line.put("taskId", record.entry().taskId());
      line.put("detail", record.entry().detail());
      json.add(line);
    }
    audit.append(AuditEntry.read(access.currentCaller().userId(), "audit read", caseReference, null));
    return json(HttpStatus.OK, json);
  }

  @GetMapping("/api/audit/verify")
  public ResponseEntity<byte[]> verify() {
    Caller caller = access.currentCaller();
    if (caller == null) {
      return unauthenticated();
    }
    if (!caller.groups().contains(Groups.ADMIN)) {
      audit.append(AuditEntry.refused(caller.userId(), "audit verification refused", null, null));
      return forbidden();
    }
    AuditTrail.Verification verification = audit.verify();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("intact", verification.intact());
    json.put("entries", verification.entries());
    if (!verification.intact()) {
      json.put("firstBrokenEntry", verification.firstBroken());
      json.put("problem", verification.problem());
    }
    audit.append(AuditEntry.read(caller.userId(), "audit verified", null,
        verification.intact() ? "intact" : "broken at entry " + verification.firstBroken()));
    return json(HttpStatus.OK, json);
  }

  // ------------------------------------------------------------------------------------------ earlier concerns

  /** An administrator imports the concerns recorded before go-live: all or nothing. */
  @PostMapping("/api/earlier-concerns")
  public ResponseEntity<byte[]> importEarlierConcerns(@RequestBody(required = false) byte[] body) {
    Caller caller = access.currentCaller();
    if (caller == null) {
      return unauthenticated();
    }
    if (!caller.groups().contains(Groups.ADMIN)) {
      audit.append(AuditEntry.refused(caller.userId(), "earlier concerns import refused", null, null));
      return forbidden();
    }
    JsonNode json;
    try {
      json = body == null || body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      return badField("body", "is not valid JSON");
    }
    EarlierConcernService.ImportResult result;
    try {
      result = earlier.importRecords(json, caller.userId());
    } catch (EarlierConcernImportException e) {
      return badField(e.field(), e.getMessage().substring(e.field().length() + 2));
    }
    audit.append(AuditEntry.change(caller.userId(), "earlier concerns imported", null,
        result.imported() + " imported, " + result.alreadyImported() + " already imported; source references: "
            + String.join(", ", result.sourceReferences())));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("imported", result.imported());
    answer.put("alreadyImported", result.alreadyImported());
    return json(result.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK, answer);
  }

  // ------------------------------------------------------------------------------------------------- helpers

  /** Authentication, the case reference, then access: a refusal is audited and answered without case details. */
  private Optional<ResponseEntity<byte[]>> check(String caseReference, String what) {
    Caller caller = access.currentCaller();
    if (caller == null) {
      return Optional.of(unauthenticated());
    }
    if (!CASE_REFERENCE.matcher(caseReference).matches()) {
      return Optional.of(badParameter("caseReference", "must be a case reference such as CC-2026-00012"));
    }
    return switch (access.decide(caller, caseReference)) {
      case ALLOWED -> Optional.empty();
      case NOT_FOUND -> Optional.of(notFound("Case"));
      case FORBIDDEN -> {
        audit.append(AuditEntry.refused(caller.userId(), what + " refused", caseReference, null));
        yield Optional.of(forbidden());
      }
    };
  }

  /** Spring's own binding errors become a 400 naming the parameter, never a 500. */
  @ExceptionHandler({org.springframework.web.bind.MissingServletRequestParameterException.class,
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
      org.springframework.web.bind.MissingPathVariableException.class})
  public ResponseEntity<byte[]> badBinding(Exception e) {
    String name = "request";
    if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
      name = m.getParameterName();
    } else if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
      name = m.getName();
    } else if (e instanceof org.springframework.web.bind.MissingPathVariableException m) {
      name = m.getVariableName();
    }
    return badParameter(name, "is not valid");
  }
}

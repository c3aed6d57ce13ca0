package uk.fosteringconcerns.records.documents;

import java.time.Instant;

/** A document kept with its case; {@code content} is null in listings. */
public record StoredDocument(String id, String caseReference, String processInstanceId, String taskId,
    DocumentType type, String title, Instant createdAt, String createdBy, String sha256, byte[] content) {

  /** The relative address a Tasklist user or a client opens it at. */
  public String url() {
    return "/api/cases/" + caseReference + "/documents/" + id;
  }
}

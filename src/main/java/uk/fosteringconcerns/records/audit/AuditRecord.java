package uk.fosteringconcerns.records.audit;

import java.time.Instant;

/** A stored, chained audit entry. */
public record AuditRecord(long seq, Instant occurredAt, AuditEntry entry, String previousHash, String hash) {}

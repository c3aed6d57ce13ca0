package uk.fosteringconcerns.records.access;

import java.util.Set;

/** The authenticated user of a request and their groups. */
public record Caller(String userId, Set<String> groups) {}

package uk.fosteringconcerns.records.earlier;

import java.time.LocalDate;

/** A concern about a foster carer recorded before go-live, imported by an administrator. */
public record EarlierConcern(String carerId, String childId, LocalDate receivedOn, EarlierConcernCategory category,
    String outcome, String sourceReference) {}

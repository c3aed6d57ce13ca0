package uk.fosteringconcerns.timescales;

/** One row of `procedure-timescales`: N working or calendar days. */
public record Timescale(int amount, TimescaleUnit unit) {}

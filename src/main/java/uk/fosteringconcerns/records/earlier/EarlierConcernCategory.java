package uk.fosteringconcerns.records.earlier;

/** What an earlier concern was, as the system used before go-live recorded it. */
public enum EarlierConcernCategory {
  /** A standards of care issue (Dudley Standards of Care procedure 4.3: "3 standards of care issues within 12 months"). */
  STANDARDS_OF_CARE("standards of care"),
  ALLEGATION("allegation"),
  COMPLAINT("complaint"),
  OTHER("other concern");

  private final String words;

  EarlierConcernCategory(String words) {
    this.words = words;
  }

  /** The category in a worker's words. */
  public String words() {
    return words;
  }
}

package uk.fosteringconcerns.testing;

/** A capability's contribution of real beans to engine-only tests; listed in {@link ProcessEngineFixture}. */
public interface FixtureBeans {
  void contribute(FixtureContext context);
}

package uk.fosteringconcerns.oversight.cockpit;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import uk.fosteringconcerns.oversight.reports.OversightApi;

/** Makes the application's oversight answers available to the Cockpit plugin's resources for its engine. */
public class OversightCockpitRegistration implements SmartInitializingSingleton, DisposableBean {

  private final ProcessEngine engine;
  private final OversightApi api;

  public OversightCockpitRegistration(ProcessEngine engine, OversightApi api) {
    this.engine = engine;
    this.api = api;
  }

  @Override
  public void afterSingletonsInstantiated() {
    OversightCockpitPlugin.register(engine.getName(), api);
  }

  @Override
  public void destroy() {
    OversightCockpitPlugin.unregister(engine.getName(), api);
  }
}

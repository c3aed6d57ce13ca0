package uk.fosteringconcerns.oversight.cockpit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import uk.fosteringconcerns.oversight.reports.OversightApi;

/**
 * The Cockpit plugin "fostering-oversight" (Camunda 7's plugin mechanism; registered in
 * META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin): the front-end module
 * {@code plugin-webapp/fostering-oversight/app/plugin.js} on the dashboard and on a case's runtime view, and the
 * back end under {@code /camunda/api/cockpit/plugin/fostering-oversight/{engine}/...}, which uses the webapp session.
 */
public class OversightCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "fostering-oversight";
  /** The Spring bean the back end answers through (the same answers as {@code /api}). */
  public static final String API_BEAN = "oversightApi";

  /**
   * The answers per process engine name. Cockpit creates its resources itself (JAX-RS, not Spring), and finds engines
   * by name; the application registers its {@link OversightApi} here when it starts and removes it when it stops.
   */
  private static final Map<String, OversightApi> APIS = new ConcurrentHashMap<>();

  public static void register(String engineName, OversightApi api) {
    APIS.put(engineName, api);
  }

  public static void unregister(String engineName, OversightApi api) {
    APIS.remove(engineName, api);
  }

  static OversightApi api(String engineName) {
    return APIS.get(engineName);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(OversightCockpitRootResource.class);
  }
}

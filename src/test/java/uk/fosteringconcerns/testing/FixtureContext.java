package uk.fosteringconcerns.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.timescales.ProcedureTimescales;

/**
 * What a capability gets to wire its real beans into an engine-only test: the same objects the Spring
 * application makes, built by hand on the test engine's own database.
 */
public record FixtureContext(
    String profile,
    Map<String, Object> beans,
    List<FormRule> formRules,
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> parseListeners,
    DataSource dataSource,
    Supplier<ProcessEngine> engine,
    WorkingDayCalendar calendar,
    ProcedureTimescales timescales,
    Deadlines deadlines,
    List<ProcessEnginePlugin> plugins) {

  /** Registers a bean under the name the models use, e.g. `${notifyLadoDelegate}`. */
  public <T> T register(String name, T bean) {
    beans.put(name, bean);
    return bean;
  }

  /** Adds an engine plugin (e.g. parse listeners, history event handlers) to the test engine. */
  public void plugin(ProcessEnginePlugin plugin) {
    plugins.add(plugin);
  }

  @SuppressWarnings("unchecked")
  public <T> T bean(String name) {
    return (T) beans.get(name);
  }
}

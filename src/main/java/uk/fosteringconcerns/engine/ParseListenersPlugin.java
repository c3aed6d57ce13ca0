package uk.fosteringconcerns.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Installs the product's BPMN parse listeners: behaviour every model gets from what an analyst declares in it (a task
 * marked statutory, a candidate group that has a named worker), so that no analyst has to copy listeners into every
 * diagram. The engine's documented extension point; each listener only adds listeners to the parsed elements.
 */
public class ParseListenersPlugin extends AbstractProcessEnginePlugin {

  private final List<BpmnParseListener> listeners;

  public ParseListenersPlugin(List<BpmnParseListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> post = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    post.addAll(listeners);
    configuration.setCustomPostBPMNParseListeners(post);
  }
}

package uk.fosteringconcerns.oversight.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/fostering-oversight}: static assets, and the engine's resource. */
@Path("plugin/" + OversightCockpitPlugin.ID)
public class OversightCockpitRootResource extends AbstractCockpitPluginRootResource {

  public OversightCockpitRootResource() {
    super(OversightCockpitPlugin.ID);
  }

  @Path("{engineName}")
  public OversightCockpitResource engine(@PathParam("engineName") String engineName) {
    return subResource(new OversightCockpitResource(engineName), engineName);
  }
}

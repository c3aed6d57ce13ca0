package uk.fosteringconcerns.oversight.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import uk.fosteringconcerns.oversight.reports.OversightApi;
import uk.fosteringconcerns.oversight.reports.OversightReports;

/**
 * The plugin's back end for one engine. The webapp's authentication filter has put the session user into the engine's
 * identity service, so the same checks as {@code /api} apply: 403 for groups that may not read oversight figures,
 * team-oversight scope for team managers, 400 naming a bad parameter.
 */
public class OversightCockpitResource extends AbstractCockpitPluginResource {

  private static final Set<String> REPORTS = Set.of(OversightReports.LADO_REPORT,
      OversightReports.STANDARDS_OF_CARE_REPORT, OversightReports.ESCALATIONS_REPORT);

  public OversightCockpitResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("reports/{report}")
  public Response report(@PathParam("report") String report, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    if (!REPORTS.contains(report)) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return send(api().report(report, getCurrentAuthentication(), from, to, OversightApi.wantsCsv(accept, format)));
  }

  @GET
  @Path("work/overdue")
  public Response overdue(@QueryParam("firstResult") String firstResult, @QueryParam("maxResults") String maxResults,
      @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    return send(api().overdue(getCurrentAuthentication(), firstResult, maxResults,
        OversightApi.wantsCsv(accept, format)));
  }

  @GET
  @Path("process-instance/{id}/tasks")
  public Response caseTasks(@PathParam("id") String processInstanceId) {
    return send(api().caseTasks(getCurrentAuthentication(), processInstanceId));
  }

  /** The application's answers for this engine (registered when the application started). */
  private OversightApi api() {
    OversightApi api = OversightCockpitPlugin.api(getProcessEngine().getName());
    if (api == null) {
      throw new IllegalStateException("The oversight API is not available to engine " + engineName);
    }
    return api;
  }

  private static Response send(OversightApi.Answer answer) {
    Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body())
        .type(answer.contentType())
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
    answer.headers().forEach(response::header);
    return response.build();
  }
}

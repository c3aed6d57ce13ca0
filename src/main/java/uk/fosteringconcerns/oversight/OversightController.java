package uk.fosteringconcerns.oversight;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.fosteringconcerns.oversight.reports.OversightApi;
import uk.fosteringconcerns.oversight.reports.OversightReports;

/**
 * PROCESS-API section 9 over HTTP Basic (the REST authentication filter puts the user into the engine's identity
 * service): the three reports and the overdue list, JSON by default and CSV with {@code Accept: text/csv} (or
 * {@code format=csv}). Answers are never cached and never sniffed.
 */
@RestController
public class OversightController {

  private final OversightApi api;
  private final Supplier<ProcessEngine> engine;

  public OversightController(OversightApi api, ObjectProvider<ProcessEngine> engine) {
    this.api = api;
    this.engine = engine::getObject;
  }

  @GetMapping("/api/reports/lado")
  public ResponseEntity<String> lado(@RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return report(OversightReports.LADO_REPORT, from, to, format, accept);
  }

  @GetMapping("/api/reports/standards-of-care")
  public ResponseEntity<String> standardsOfCare(@RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return report(OversightReports.STANDARDS_OF_CARE_REPORT, from, to, format, accept);
  }

  @GetMapping("/api/reports/escalations")
  public ResponseEntity<String> escalations(@RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return report(OversightReports.ESCALATIONS_REPORT, from, to, format, accept);
  }

  @GetMapping("/api/work/overdue")
  public ResponseEntity<String> overdue(@RequestParam(name = "firstResult", required = false) String firstResult,
      @RequestParam(name = "maxResults", required = false) String maxResults,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    return send(api.overdue(engine.get().getIdentityService().getCurrentAuthentication(), firstResult, maxResults,
        OversightApi.wantsCsv(accept, format)));
  }

  private ResponseEntity<String> report(String report, String from, String to, String format, String accept) {
    return send(api.report(report, engine.get().getIdentityService().getCurrentAuthentication(), from, to,
        OversightApi.wantsCsv(accept, format)));
  }

  static ResponseEntity<String> send(OversightApi.Answer answer) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, answer.contentType());
    headers.setCacheControl("no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    answer.headers().forEach(headers::set);
    return ResponseEntity.status(answer.status()).headers(headers).body(answer.body());
  }
}

package uk.fosteringconcerns.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.fosteringconcerns.records.documents.DocumentRenderer;
import uk.fosteringconcerns.records.documents.DocumentType;

/** The document templates of documents/: escaped values, no unescaped placeholders, real titles only. */
class DocumentRendererTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  /** Every value the visit record prints, empty, with the given ones on top. */
  private static Map<String, Object> visitRecord(Map<String, Object> values) {
    Map<String, Object> model = new java.util.HashMap<>();
    for (String key : java.util.List.of("title", "authority", "procedure", "caseReference", "carerName", "carerId",
        "childId", "receivedOn", "visitDate", "socialWorker", "standardsBreached", "actionPlan", "actionsDueOn",
        "carerAgreesActions", "discussedWithChild", "notDiscussedWithChildReason", "producedOn", "producedBy")) {
      model.put(key, "");
    }
    model.putAll(values);
    return model;
  }

  @Test
  @DisplayName("a value is printed as typed, never read as markup")
  void escapesValues() {
    String typed = "<b>Bold</b> & \"quoted\" 'text' </td></tr></table> {{carerId}}";
    String html = renderer.html(DocumentType.SOC_VISIT_RECORD.template(),
        visitRecord(Map.of("carerName", typed, "caseReference", "CC-2026-00001")));
    assertThat(html).doesNotContain("<b>Bold</b>").contains("&lt;b&gt;Bold&lt;/b&gt; &amp;");
    String text = PdfText.of(renderer.render(DocumentType.SOC_VISIT_RECORD.template(),
        visitRecord(Map.of("carerName", typed, "caseReference", "CC-2026-00001", "carerId", "FC-1"))));
    assertThat(text).contains("<b>Bold</b> & \"quoted\" 'text' </td></tr></table> {{carerId}}");
  }

  @Test
  @DisplayName("names in other European alphabets print as typed (DejaVu Sans is embedded)")
  void printsNamesAsTyped() {
    String text = PdfText.of(renderer.render(DocumentType.SOC_VISIT_RECORD.template(),
        visitRecord(Map.of("carerName", "Siân Łukasiewicz-Ørsted", "caseReference", "CC-2026-00001"))));
    assertThat(text).contains("Siân Łukasiewicz-Ørsted");
  }

  @Test
  @DisplayName("figure: time to render a document (printed, not asserted)")
  void renderTime() {
    Map<String, Object> model = visitRecord(Map.of("carerName", "Sam Placeholder-Carer", "caseReference",
        "CC-2026-00001", "actionPlan", "Plan ".repeat(200)));
    renderer.render(DocumentType.SOC_VISIT_RECORD.template(), model);
    long[] times = new long[20];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      renderer.render(DocumentType.SOC_VISIT_RECORD.template(), model);
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    java.util.Arrays.sort(times);
    System.out.printf("Document render (visit record, warm): median %d ms, max %d ms over %d renders%n",
        times[times.length / 2], times[times.length - 1], times.length);
    assertThat(times).hasSize(20);
  }

  @Test
  @DisplayName("a template that names a value the model does not have fails loudly (a typo is not printed as blank)")
  void missingValueFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.html(DocumentType.SOC_VISIT_RECORD.template(),
        Map.of("carerName", "x"))).hasMessageContaining("title");
  }

  @Test
  @DisplayName("every template escapes every value and names procedures by their titles, never the source files")
  void templatesAreSafe() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("documents"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String template = Files.readString(file);
        assertThat(template).as(file.toString()).doesNotContain("{{{").doesNotContain("{{&");
        assertThat(template.toLowerCase()).as(file.toString()).doesNotContain("seed");
      }
    }
    for (DocumentType type : DocumentType.values()) {
      assertThat(Files.exists(Path.of("documents", type.template() + ".html"))).as(type.name()).isTrue();
    }
  }
}

package uk.fosteringconcerns.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pictures of the README show the diagrams as they are: docs/images/&lt;name&gt;.png exists for every
 * bpmn/&lt;name&gt;.bpmn, and docs/images/&lt;name&gt;.bpmn.sha256 holds the SHA-256 of the BPMN file it was rendered
 * from. Needs no browser: only the digests are compared.
 */
@DisplayName("Diagram pictures are up to date")
class DiagramImageTest {

  static final String RENDER_COMMAND = "tools/modeling/render.sh";

  static Stream<Path> bpmnFiles() {
    return ModelFiles.bpmn().stream();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("bpmnFiles")
  @DisplayName("docs/images has a picture rendered from the current BPMN file")
  void pictureIsCurrent(Path file) throws IOException {
    String name = ModelFiles.baseName(file);
    Path image = ModelFiles.resolve(Path.of("docs", "images", name + ".png"));
    Path digestFile = ModelFiles.resolve(Path.of("docs", "images", name + ".bpmn.sha256"));
    String hint = "; run " + RENDER_COMMAND + " (or " + RENDER_COMMAND + " " + file + ") and commit docs/images";

    assertThat(image).as("%s has no picture docs/images/%s.png%s", file, name, hint).isRegularFile();
    assertThat(digestFile).as("%s has no docs/images/%s.bpmn.sha256%s", file, name, hint).isRegularFile();

    String recorded = Files.readString(digestFile).strip().split("\\s+")[0];
    assertThat(recorded)
        .as("%s changed since docs/images/%s.png was rendered%s", file, name, hint)
        .isEqualToIgnoringCase(sha256(ModelFiles.resolve(file)));
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

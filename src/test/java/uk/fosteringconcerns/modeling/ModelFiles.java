package uk.fosteringconcerns.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The analysts' model files at the top of the project: {@code bpmn/*.bpmn}, {@code dmn/*.dmn},
 * {@code forms/*.form}. Paths are relative to the project directory, so test names read
 * {@code bpmn/concern-triage.bpmn}.
 */
final class ModelFiles {

  private ModelFiles() {}

  /** The project directory: the nearest directory with a pom.xml, from the working directory up. */
  static Path projectDir() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("src"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No project directory (pom.xml) above " + dir);
  }

  static Path resolve(Path relative) {
    return projectDir().resolve(relative);
  }

  static List<Path> bpmn() {
    return list("bpmn", ".bpmn");
  }

  static List<Path> dmn() {
    return list("dmn", ".dmn");
  }

  static List<Path> forms() {
    return list("forms", ".form");
  }

  /** The file name without its extension: the process key / form id by convention. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  static String read(Path relative) {
    try {
      return Files.readString(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(String folder, String extension) {
    Path root = projectDir();
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(extension) && Files.isRegularFile(file))
          .map(root::relativize)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

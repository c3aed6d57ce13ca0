package uk.fosteringconcerns.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader sees it (PDFBox), with runs of white space made single spaces. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a rendered document under target/records-documents for a person to look at. */
  public static void keep(String name, byte[] pdf) {
    try {
      java.nio.file.Path folder = java.nio.file.Path.of("target", "records-documents");
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(folder.resolve(name + ".pdf"), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.bienphong.emulation.award.commendation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF's text back with PDFBox and keeps its first page as a PNG under target/pdf-pages/ (a test artifact to look at). */
public final class PdfReading {

    private static int lastPages;

    private PdfReading() {
    }

    public static String text(byte[] pdf, String artifact) {
        System.setProperty("java.awt.headless", "true");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            lastPages = doc.getNumberOfPages();
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            Path dir = Path.of("target", "pdf-pages");
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(artifact + ".png").toFile());
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a readable PDF", e);
        }
    }

    /** The page count of the PDF read last. */
    public static int pages() {
        return lastPages;
    }

    public static byte[] blankPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

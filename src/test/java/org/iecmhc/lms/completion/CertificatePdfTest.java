package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.text.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The certificate PDF says who, which cohort, the figures, the validity, the signatories, the code and where to verify
 * it, in the trainee's language, and its QR code, read from the rendered page, is the verify address.
 */
class CertificatePdfTest {

    @Test
    void anEnglishCertificateCarriesNameCohortFiguresCodeAndVerifyAddress() throws IOException {
        String text = textOf(certificate(Language.EN, "Brian Walker"));

        assertTrue(text.contains("Certificate of Completion"), text);
        assertTrue(text.contains("Brian Walker"), text);
        assertTrue(text.contains("Cohort 2024-2025, September 1, 2024 to June 30, 2025"), text);
        assertTrue(text.contains("Reflective supervision: 24.5 hours"), text);
        assertTrue(text.contains("Practicum: 60 hours"), text);
        assertTrue(text.contains("Community of Practice meetings attended: 6"), text);
        assertTrue(text.contains("Certificate code: ABCD2345EFGH"), text);
        assertTrue(text.contains("Verify at https://lms.example.org/verify/ABCD2345EFGH"), text);
        assertTrue(text.contains("CALIFORNIA INFANT AND EARLY CHILDHOOD MENTAL HEALTH CONSULTATION NETWORK"), text);
        assertTrue(text.contains("Consultant Training Program"), text);
        assertTrue(text.contains("Courses passed: 2"), text);
        assertTrue(text.contains("Valid until June 30, 2027"), text);
        assertTrue(text.contains("Dr. Maya Chen") && text.contains("Director, IECMHC Network"), text);
        assertTrue(text.contains("Luis Ortega") && text.contains("Training Lead"), text);
    }

    @Test
    void theQrCodeOnThePageDecodesToTheVerifyAddress() throws Exception {
        String url = "https://lms.example.org/verify/ABCD2345EFGH";
        byte[] pdf = CertificatePdf.render(certificate(Language.ES, "Elena Ramírez"), url);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            Result qr = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertEquals(url, qr.getText());
        }
    }

    @Test
    void aCertificateWithoutValidityOrSignatoriesSaysNeither() throws IOException {
        CertificateDocument plain = new CertificateDocument("ABCD2345EFGH", "Brian Walker", Language.EN, "2024-2025",
                LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), new BigDecimal("24.50"),
                6, new BigDecimal("60.00"), 2, true, null, List.of());
        String text = textOf(plain);
        assertFalse(text.contains("Valid until"), text);
        assertTrue(text.contains("Brian Walker"), text);
    }

    @Test
    void aSpanishCertificateIsInSpanishWithAccentsIntact() throws IOException {
        String text = textOf(certificate(Language.ES, "Elena Ramírez"));

        assertTrue(text.contains("Certificado de Finalización"), text);
        assertTrue(text.contains("Elena Ramírez"), text);
        assertTrue(text.contains("Código del certificado: ABCD2345EFGH"), text);
        assertTrue(text.contains("30 de junio de 2025"), text);
        assertTrue(text.contains("Válido hasta el 30 de junio de 2027"), text);
        assertTrue(text.contains("Programa de Formación de Consultores"), text);
    }

    @Test
    void aCharacterTheStandardFontLacksPrintsAsAQuestionMark() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertEquals("Nguy?n Ana", PdfText.printable(helvetica, "Nguyễn Ana"));
        assertEquals("Óscar Muñoz", PdfText.printable(helvetica, "Óscar Muñoz"));
    }

    private static CertificateDocument certificate(Language language, String name) {
        return new CertificateDocument("ABCD2345EFGH", name, language, "2024-2025", LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), new BigDecimal("24.50"), 6, new BigDecimal("60.00"),
                2, true, LocalDate.of(2027, 6, 30), List.of(new SignatoryLine("Dr. Maya Chen", "Director, IECMHC Network"),
                new SignatoryLine("Luis Ortega", "Training Lead")));
    }

    private static String textOf(CertificateDocument certificate) throws IOException {
        byte[] pdf = CertificatePdf.render(certificate, "https://lms.example.org/verify/" + certificate.code());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document);
        }
    }
}

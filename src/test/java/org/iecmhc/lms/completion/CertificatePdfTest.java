package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.text.PdfText;
import org.junit.jupiter.api.Test;

/** The certificate PDF says who, which cohort, the figures, the code and where to verify it, in the trainee's language. */
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
    }

    @Test
    void aSpanishCertificateIsInSpanishWithAccentsIntact() throws IOException {
        String text = textOf(certificate(Language.ES, "Elena Ramírez"));

        assertTrue(text.contains("Certificado de Finalización"), text);
        assertTrue(text.contains("Elena Ramírez"), text);
        assertTrue(text.contains("Código del certificado: ABCD2345EFGH"), text);
        assertTrue(text.contains("30 de junio de 2025"), text);
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
                2, true);
    }

    private static String textOf(CertificateDocument certificate) throws IOException {
        byte[] pdf = CertificatePdf.render(certificate, "https://lms.example.org/verify/" + certificate.code());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document);
        }
    }
}

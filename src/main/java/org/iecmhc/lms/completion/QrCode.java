package org.iecmhc.lms.completion;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares, sharp at any print size: the library computes the matrix, each dark run of a
 * row becomes one rectangle. The page around it is white, which gives the quiet zone scanners need.
 */
final class QrCode {

    private QrCode() {
    }

    static void draw(PDPageContentStream stream, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        stream.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // rows run down the page while PDF's y runs up
                stream.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        stream.fill();
    }

    private static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode the verify address as a QR code", tooLong);
        }
    }
}

package org.iecmhc.lms.platform.web;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.selectoneradio.SelectOneRadio;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * PrimeFaces' radio buttons as PrimeFaces draws them, less one attribute: its default (responsive) layout puts
 * {@code aria-checked} on each option's wrapper, which has no radio role, and screen readers may announce a
 * state the real radio input beside it already carries. axe-core reports it as a critical violation.
 */
public class RadioGroupRenderer extends SelectOneRadioRenderer {

    @Override
    protected void encodeResponsiveLayout(FacesContext context, SelectOneRadio radio, String layout) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new WithoutWrapperState(original));
        try {
            super.encodeResponsiveLayout(context, radio, layout);
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static final class WithoutWrapperState extends ResponseWriterWrapper {

        WithoutWrapperState(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"aria-checked".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}

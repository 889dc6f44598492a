package org.iecmhc.lms.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/** PrimeFaces' text area, keeping an over-long value whole for the same reason as {@link WholeInputTextRenderer}. */
public class WholeInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        WholeInputTextRenderer.keepWhole(context, (UIInput) component, true);
    }
}

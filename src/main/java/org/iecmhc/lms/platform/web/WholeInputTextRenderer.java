package org.iecmhc.lms.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * PrimeFaces' text input, except that what was sent is kept whole: PrimeFaces cuts a value longer than the
 * field's {@code maxlength} on the server, so a 150-character name was stored as its first 100 characters and a
 * count of 2147483647 as 214748. Kept whole, {@link TypedTextValidator} refuses it with the limit.
 */
public class WholeInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        keepWhole(context, (UIInput) component, false);
    }

    /** Puts back the value as sent when the standard decoding cut it; text areas' line breaks become "\n" as there. */
    static void keepWhole(FacesContext context, UIInput input, boolean multiLine) {
        if (!(input.getSubmittedValue() instanceof String decoded)) {
            return;
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (sent == null) {
            return;
        }
        String whole = multiLine ? sent.replaceAll("\r\n?", "\n") : sent;
        if (whole.length() > decoded.length()) {
            input.setSubmittedValue(whole);
        }
    }
}

package org.iecmhc.lms.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.TypedText;
import org.primefaces.component.inputtextarea.InputTextarea;

/**
 * Runs on every input of every page (faces-config.xml default validator), so no form can forget it: what was typed
 * must fit the field's {@code maxlength} (the browser keeps people within it, a hand-made post is refused here with
 * the limit instead of being cut, see {@link WholeInputTextRenderer}) and may not hold control characters.
 */
@FacesValidator(TypedTextValidator.ID)
public class TypedTextValidator implements Validator<Object> {

    public static final String ID = "lms.typedText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(component instanceof UIInput input) || !(input.getSubmittedValue() instanceof String typed)) {
            return;
        }
        String label = label(component);
        int limit = maxlength(component);
        if (limit > 0 && typed.length() > limit) {
            refuse(value instanceof Number ? "input.digits.tooMany" : "input.text.tooLong", label, limit);
        }
        if (TypedText.hasControlCharacters(typed, isMultiLine(component))) {
            refuse("input.text.control", label);
        }
    }

    private static boolean isMultiLine(UIComponent component) {
        return component instanceof InputTextarea || component instanceof HtmlInputTextarea;
    }

    private static int maxlength(UIComponent component) {
        Object limit = component.getAttributes().get("maxlength");
        return limit instanceof Number number && number.intValue() < Integer.MAX_VALUE ? number.intValue() : 0;
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? component.getId() : label.toString();
    }

    private static void refuse(String key, Object... args) {
        String text = Messages.text(key, args);
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}

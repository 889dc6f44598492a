package org.iecmhc.lms.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.RecordDates;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.datepicker.DatePickerRenderer;

/**
 * PrimeFaces' date picker with the dates of {@link RecordDates}: PrimeFaces resolves a typed date "smartly", so
 * 2026-02-30 became 2026-02-28; here it is refused as a malformed date, and a year outside the records' range is
 * refused with the range, for every date field of every page.
 */
public class StrictDatePickerRenderer extends DatePickerRenderer {

    private static final String STRICT = "strict";

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        DatePicker picker = (DatePicker) component;
        if (!STRICT.equals(picker.getResolverStyle())) {
            picker.setResolverStyle(STRICT);
        }
        Object value = super.getConvertedValue(context, component, submittedValue);
        Integer year = value instanceof LocalDate date ? Integer.valueOf(date.getYear())
                : value instanceof LocalDateTime time ? Integer.valueOf(time.getYear()) : null;
        Clock clock = Clock.systemUTC();
        if (year != null && !RecordDates.isWithinRange(year, clock)) {
            Object label = component.getAttributes().get("label");
            String text = Messages.text("input.date.year", label == null ? component.getId() : label,
                    RecordDates.FIRST_YEAR, RecordDates.lastYear(clock));
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }
}

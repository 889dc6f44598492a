package org.iecmhc.lms.platform.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Declared in faces-config.xml after PrimeFaces' factory, so that {@link FacesFailureHandler} sees failures first. */
public class FacesFailureHandlerFactory extends ExceptionHandlerFactory {

    public FacesFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FacesFailureHandler(getWrapped().getExceptionHandler());
    }
}

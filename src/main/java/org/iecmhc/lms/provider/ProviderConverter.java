package org.iecmhc.lms.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Lets forms pick a provider (for example in an auto-complete) while only its id travels in the page. */
@ApplicationScoped
@FacesConverter(value = "providerConverter", managed = true)
public class ProviderConverter implements Converter<Provider> {

    @Inject
    ProviderRegistry registry;

    @Override
    public Provider getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return registry.find(Long.parseLong(value)).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Provider provider) {
        return provider == null || provider.getId() == null ? "" : String.valueOf(provider.getId());
    }
}

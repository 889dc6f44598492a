package org.iecmhc.lms.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/** Adding or changing one provider; a refused save keeps everything typed and says why next to the field. */
@Named
@ViewScoped
public class ProviderFormView extends RecordView {

    @Inject
    ProviderRegistry registry;

    private long version;
    private ProviderForm form = new ProviderForm();

    @Override
    protected boolean open(long id) {
        return fill(registry.find(id), this::show);
    }

    private void show(Provider provider) {
        version = provider.getVersion();
        form = ProviderForm.of(provider);
    }

    public String save() {
        ProviderDetails details = form.details();
        return FormAction.doneThenGo(() -> {
            if (isNew()) {
                registry.add(details);
            } else {
                registry.change(getId(), version, details);
            }
            return "/provider/providers.xhtml?faces-redirect=true";
        }, FormAction.toFields("provider"), "provider.saved");
    }

    public ProviderForm getForm() {
        return form;
    }
}

package org.iecmhc.lms.provider;

import java.io.Serializable;
import java.util.Map;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;

/** The "new provider" form of the Open-Door session and support series pages (the lms:newProvider tag). */
public class NewProviderForm implements Serializable {

    /** The form sits beside other forms on its page, so its inputs are not named as the registry names them. */
    private static final Map<String, String> INPUTS = Map.of("name", "newName", "kind", "newKind", "county", "newCounty");

    private ProviderForm provider = new ProviderForm();

    public NewProvider details() {
        return provider.newProvider();
    }

    public void reject(InputRejected rejected) {
        String field = rejected.field() == null ? null : INPUTS.getOrDefault(rejected.field(), rejected.field());
        Messages.error(field == null ? null : "newProvider:" + field, rejected.messageKey());
    }

    public void clear() {
        provider = new ProviderForm();
    }

    public ProviderForm getProvider() {
        return provider;
    }
}

package org.iecmhc.lms.consultation.request;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.helpline.HelplineCalls;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/**
 * The helpline's hand-off page for one call (its {@code call} parameter): the request form while the call has none,
 * the request once it is made. Only a call that recommended consultation is handed off.
 */
@Named
@ViewScoped
public class HandOffView implements Serializable {

    @Inject
    ConsultationRequests requests;

    @Inject
    HelplineCalls calls;

    @Inject
    CurrentViewer viewer;

    private Long callId;
    private boolean loaded;
    private HelplineCall call;
    private ConsultationRequest request;
    private HandOffForm form = new HandOffForm();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        call = callId == null ? null : calls.find(callId).filter(HelplineCall::isConsultationRecommended).orElse(null);
        if (call != null) {
            request = requests.ofCall(callId).orElse(null);
            form = HandOffForm.of(call);
        }
    }

    public String save() {
        return FormAction.doneThenGo(() -> {
            requests.handOff(viewer.get(), callId, form.details());
            return "/helpline/hand-off.xhtml?faces-redirect=true&call=" + callId;
        }, FormAction.toFields("handOff"), "handOff.requested");
    }

    public boolean isNotFound() {
        return call == null;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public HelplineCall getCall() {
        return call;
    }

    public ConsultationRequest getRequest() {
        return request;
    }

    public HandOffForm getForm() {
        return form;
    }
}

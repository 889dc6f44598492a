package org.iecmhc.lms.calendar;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.identity.SignedInAccount;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.PublicAddress;

/** The signed-in person's own calendar feed address, with a way to replace it when it has leaked. */
@Named
@ViewScoped
public class CalendarFeedView implements Serializable {

    @Inject
    PersonalCalendar calendar;

    @Inject
    SignedInAccount me;

    @Inject
    PublicAddress address;

    private String token;

    public String getFeedUrl() {
        if (token == null) {
            token = calendar.feedToken(accountId());
        }
        return feedAddress(token);
    }

    public void reset() {
        token = calendar.resetFeedToken(accountId());
        Messages.info("calendar.feed.reset.done");
    }

    private long accountId() {
        return me.accountId().orElseThrow();
    }

    private String feedAddress(String token) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return address.base(request) + "/calendar/" + token + ".ics";
    }
}

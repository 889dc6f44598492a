package org.iecmhc.lms.platform.web;

import java.io.IOException;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * The links of the layout's main menu ({@link Menu}) that the signed-in person may see, written in one pass: the home
 * link, then each group as a {@code <details>} with its links, the one to the page shown marked aria-current="page".
 * Written as Facelets markup, each link cost five expressions in nested repeats, a twentieth of the CPU of a page
 * with an administrator's thirty links (JFR profile, issue 17). Links are plain anchors with their own ids
 * ("nav-home"), which tests and bookmarks name.
 */
@FacesComponent(MainMenu.TYPE)
public class MainMenu extends UIComponentBase {

    static final String TYPE = "org.iecmhc.lms.MainMenu";

    public MainMenu() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        String shown = context.getViewRoot().getViewId();
        ResponseWriter out = context.getResponseWriter();
        link(out, Menu.HOME, "lms-nav-home", external.getRequestContextPath(), shown);
        for (Menu.Group group : Menu.visibleTo(external::isUserInRole)) {
            out.startElement("details", this);
            out.writeAttribute("class", "lms-nav-group", null);
            out.writeAttribute("open", "open", null);
            out.startElement("summary", this);
            out.writeText(Messages.text(group.headingKey()), null);
            out.endElement("summary");
            out.startElement("ul", this);
            for (Menu.Link link : group.links()) {
                out.startElement("li", this);
                link(out, link, null, external.getRequestContextPath(), shown);
                out.endElement("li");
            }
            out.endElement("ul");
            out.endElement("details");
        }
    }

    private void link(ResponseWriter out, Menu.Link link, String styleClass, String contextPath, String shownViewId)
            throws IOException {
        out.startElement("a", this);
        out.writeAttribute("id", link.id(), null);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.writeAttribute("href", contextPath + link.page(), null);
        out.writeAttribute("aria-current", link.page().equals(shownViewId) ? "page" : "false", null);
        out.writeText(Messages.text(link.labelKey()), null);
        out.endElement("a");
    }
}

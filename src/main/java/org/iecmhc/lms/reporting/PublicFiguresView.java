package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.PageNotFound;

/**
 * The public "by the numbers" pages, open to everyone without signing in: the list of published ranges, and one
 * range's cards. A range that is not (or no longer) published is not found.
 */
@Named
@ViewScoped
public class PublicFiguresView implements Serializable {

    @Inject
    FigurePublications publications;

    private String range;
    private PublishedRange shown;
    private List<ImpactCard> cards;
    private List<PublishedRange> published;

    public void list() {
        published = publications.all();
    }

    public void show() {
        Optional<PublishedFigures> page = publications.find(range);
        if (page.isEmpty()) {
            PageNotFound.send();
            return;
        }
        shown = PublishedRange.of(page.get());
        cards = ImpactCards.of(page.get().getFigures());
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
    }

    public PublishedRange getShown() {
        return shown;
    }

    public List<ImpactCard> getCards() {
        return cards;
    }

    public List<PublishedRange> getPublished() {
        return published;
    }
}

package org.personneltracker.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.personneltracker.common.Display;
import org.personneltracker.common.Links;
import org.personneltracker.event.EventDisplay;
import org.personneltracker.event.EventView;

/**
 * An Atom 1.0 feed (RFC 4287) of personnel events, built with Rome. Ids are tag URIs (RFC 4151) made of the
 * server's host and the event's key, so an entry keeps its id across restarts, edits and even an export and import
 * into another instance on the same host; the feed's id names its filters in a fixed order.
 */
final class EventFeed {

    static final String TYPE = "application/atom+xml";
    private static final String TAG_DATE = "2026";

    private EventFeed() {
    }

    /** {@code base}: the server's address ("http://host:port"); {@code filters}: the query, in canonical order. */
    static String render(URI base, Map<String, String> filters, List<EventView> events) {
        String host = base.getHost() == null ? "localhost" : base.getHost();
        String query = Links.query(filters);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("tag:" + host + "," + TAG_DATE + ":feeds/events" + query);
        feed.setTitle(filters.isEmpty() ? "Personnel Tracker: latest events"
                : "Personnel Tracker: events where " + filters.entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")));
        feed.setDescription("Who joins, leaves and changes roles at AI companies, with the sources that say so.");
        feed.setLanguage("en");
        feed.setGenerator("Personnel Tracker");
        SyndPerson author = new SyndPersonImpl();
        author.setName("Personnel Tracker");
        feed.setAuthors(List.of(author));
        List<SyndLink> links = new ArrayList<>();
        links.add(link("self", TYPE, base.resolve("/feeds/events.atom" + query).toString()));
        links.add(link("alternate", "text/html", base.resolve("/events" + query).toString()));
        feed.setLinks(links);
        Instant updated = events.stream().map(e -> e.updatedAt() == null ? e.createdAt() : e.updatedAt())
                .filter(i -> i != null).max(Instant::compareTo).orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (EventView e : events) {
            entries.add(entry(base, host, e));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static SyndEntry entry(URI base, String host, EventView e) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("tag:" + host + "," + TAG_DATE + ":event:" + e.key());
        entry.setTitle(e.person().name() + " " + EventDisplay.verb(e.type()) + " " + e.company().name());
        entry.setLink(base.resolve("/events/" + e.id()).toString());
        Instant updated = e.updatedAt() == null ? e.createdAt() : e.updatedAt();
        entry.setUpdatedDate(Date.from(updated == null ? Instant.EPOCH : updated));
        entry.setPublishedDate(Date.from(e.createdAt() == null ? Instant.EPOCH : e.createdAt()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(summary(e));
        entry.setDescription(summary);
        return entry;
    }

    /** "9 Feb 2026 · Lead, Safeguards Research Team (Safeguards Research), Safety, Head. Announced his resignation..." */
    static String summary(EventView e) {
        StringBuilder sb = new StringBuilder(Display.dateLabel(e.date()));
        if (e.role() != null) {
            sb.append(" · ");
            if (e.role().title() != null) {
                sb.append(e.role().title()).append(e.role().team() != null ? " (" + e.role().team() + ")" : "")
                        .append(", ");
            }
            sb.append(Display.label(e.role().category())).append(", ").append(Display.label(e.role().seniority()));
        }
        if (e.destination() != null) {
            sb.append(" · went to ").append(e.destination().name());
        }
        if (e.origin() != null) {
            sb.append(" · came from ").append(e.origin().name());
        }
        sb.append(".");
        if (e.summary() != null) {
            sb.append(' ').append(e.summary());
        }
        sb.append(" (").append(e.sources().size()).append(e.sources().size() == 1 ? " source)" : " sources)");
        return sb.toString();
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink l = new SyndLinkImpl();
        l.setRel(rel);
        l.setType(type);
        l.setHref(href);
        return l;
    }
}

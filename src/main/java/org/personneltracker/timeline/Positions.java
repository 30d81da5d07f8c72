package org.personneltracker.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;

/**
 * Derives tenures from a person's events (oldest first). A post belongs to one company, and only that company's
 * events end it:
 * <ul>
 * <li>a hire or return opens a post; a later hire, return or role change at the same company ends it that day
 * (superseded) and opens the next;</li>
 * <li>a departure from the company ends its post that day. When the departure names a title unlike the post's
 * (neither contains the other: "CTO" after "Interim CEO", not "Researcher" after "Researcher (alignment)"), the
 * person left in a role the events did not record a change to: the post ends on an unknown day and a second post
 * with the departure's role ends on the departure's date;</li>
 * <li>events at other companies never end a post: a departure from an older job elsewhere says nothing about it.
 * A post still open after the last event is {@code PRESENT}, unless the person was later hired (or returned)
 * elsewhere with no departure recorded here: then its end is unknown (null), since the record does not say whether
 * they held both.</li>
 * </ul>
 * A departure or role change with no open post gives a post whose start is unknown.
 */
public final class Positions {

    private Positions() {
    }

    private record Open(EventView start, EventView.RoleView role, int index) {
    }

    public static List<Position> derive(List<EventView> career) {
        List<Position> out = new ArrayList<>();
        Map<String, Open> open = new HashMap<>();
        for (int i = 0; i < career.size(); i++) {
            EventView e = career.get(i);
            String company = e.company().slug();
            Open current = open.remove(company);
            switch (e.type()) {
                case HIRE, RETURN -> {
                    if (current != null) {
                        out.add(post(current, e.date()));
                    }
                    open.put(company, new Open(e, e.role(), i));
                }
                case ROLE_CHANGE -> {
                    if (current != null) {
                        out.add(post(current, e.date()));
                    } else if (e.previousRole() != null) {
                        out.add(post(e, e.previousRole(), null, e.date()));
                    }
                    open.put(company, new Open(e, e.role(), i));
                }
                case DEPARTURE -> {
                    if (current == null) {
                        out.add(post(e, e.role(), null, e.date()));
                    } else if (sameTitle(current.role().title(), e.role().title())) {
                        out.add(post(current, e.date()));
                    } else {
                        out.add(post(current, null));
                        out.add(post(e, e.role(), null, e.date()));
                    }
                }
            }
        }
        open.values().stream().sorted((a, b) -> Integer.compare(a.index(), b.index()))
                .forEach(o -> out.add(post(o, hiredElsewhereLater(career, o) ? null : Position.PRESENT)));
        out.sort((a, b) -> startOrEnd(a).compareTo(startOrEnd(b)));
        return out;
    }

    /** True when a hire or return at another company was recorded after the post opened. */
    private static boolean hiredElsewhereLater(List<EventView> career, Open o) {
        for (int i = o.index() + 1; i < career.size(); i++) {
            EventView later = career.get(i);
            if ((later.type() == EventType.HIRE || later.type() == EventType.RETURN)
                    && !later.company().slug().equals(o.start().company().slug())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when two titles name the same post: either is missing, or one contains the other once case, punctuation
     * and spacing are set aside ("Chief Scientist" and "Co-founder and Chief Scientist").
     */
    static boolean sameTitle(String post, String leaving) {
        if (post == null || leaving == null) {
            return true;
        }
        String a = words(post);
        String b = words(leaving);
        return a.contains(b) || b.contains(a);
    }

    private static String words(String title) {
        return " " + String.join(" ", title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).trim() + " ";
    }

    private static Position post(Open o, String to) {
        return post(o.start(), o.role(), o.start().date(), to);
    }

    private static Position post(EventView e, EventView.RoleView role, String from, String to) {
        return new Position(e.company(), role.title(), role.team(), role.category(), role.seniority(), from, to);
    }

    private static String startOrEnd(Position p) {
        if (p.from() != null) {
            return p.from();
        }
        return p.to() == null || Position.PRESENT.equals(p.to()) ? "9999" : p.to();
    }
}

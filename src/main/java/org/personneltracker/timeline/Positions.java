package org.personneltracker.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.event.EventView;

/**
 * Derives tenures from a person's events (oldest first). A hire or return opens a position, a role change closes
 * the old one and opens the new title, a departure closes it. A position still open at the end is "PRESENT" when
 * nothing later was recorded at another company, and unknown (null) when the person was later seen elsewhere.
 */
public final class Positions {

    private Positions() {
    }

    private static final class Open {
        final EventView start;
        final EventView.RoleView role;
        final int index;

        Open(EventView start, EventView.RoleView role, int index) {
            this.start = start;
            this.role = role;
            this.index = index;
        }
    }

    public static List<Position> derive(List<EventView> career) {
        List<Position> out = new ArrayList<>();
        Map<String, Open> open = new LinkedHashMap<>();
        List<Open> openedInOrder = new ArrayList<>();
        for (int i = 0; i < career.size(); i++) {
            EventView e = career.get(i);
            String company = e.company().slug();
            Open current = open.remove(company);
            switch (e.type()) {
                case HIRE, RETURN -> {
                    if (current != null) {
                        out.add(closed(current, e.date()));
                    }
                    open(open, openedInOrder, new Open(e, e.role(), i), company);
                }
                case ROLE_CHANGE -> {
                    if (current != null) {
                        out.add(closed(current, e.date()));
                    } else if (e.previousRole() != null) {
                        out.add(new Position(e.company(), e.previousRole().title(), e.previousRole().team(),
                                e.previousRole().category(), e.previousRole().seniority(), null, e.date()));
                    }
                    open(open, openedInOrder, new Open(e, e.role(), i), company);
                }
                case DEPARTURE -> {
                    if (current != null) {
                        out.add(closed(current, e.date()));
                    } else {
                        out.add(new Position(e.company(), e.role().title(), e.role().team(), e.role().category(),
                                e.role().seniority(), null, e.date()));
                    }
                }
            }
        }
        for (Open o : openedInOrder) {
            if (open.get(o.start.company().slug()) != o) {
                continue;
            }
            boolean seenElsewhereLater = false;
            for (int i = o.index + 1; i < career.size(); i++) {
                if (!career.get(i).company().slug().equals(o.start.company().slug())) {
                    seenElsewhereLater = true;
                    break;
                }
            }
            out.add(new Position(o.start.company(), o.role.title(), o.role.team(), o.role.category(),
                    o.role.seniority(), o.start.date(), seenElsewhereLater ? null : Position.PRESENT));
        }
        out.sort((a, b) -> compare(startOrEnd(a), startOrEnd(b)));
        return out;
    }

    private static void open(Map<String, Open> open, List<Open> order, Open o, String company) {
        open.put(company, o);
        order.add(o);
    }

    private static Position closed(Open o, String to) {
        return new Position(o.start.company(), o.role.title(), o.role.team(), o.role.category(), o.role.seniority(),
                o.start.date(), to);
    }

    private static String startOrEnd(Position p) {
        if (p.from() != null) {
            return p.from();
        }
        return p.to() == null || Position.PRESENT.equals(p.to()) ? "9999" : p.to();
    }

    private static int compare(String a, String b) {
        return a.compareTo(b);
    }
}

package org.personneltracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyset pagination, the one implementation behind every list (people, companies, sources, context events,
 * events and the timeline). A list is ordered by a few sort keys, the last of them unique (an id). A page is the
 * rows after the last row of the previous page, an indexed comparison however deep the page, fetched with one
 * row more than the limit to know whether another page follows.
 *
 * <p>The cursor handed out for the next page carries that last row's sort keys, bound to the list's name and
 * signed (HMAC-SHA256) with this installation's secret {@code tracker.cursor-key} (see {@link InstallationSecrets}).
 * A cursor this server did not issue for the list is a 400 naming the {@code cursor} parameter, never a wrong page.
 */
@ApplicationScoped
public class Keyset {

    static final String NOT_ISSUED = "this cursor was not issued by this server for this list";
    private static final char SEP = '\u001f';
    private static final int SIGNATURE_BYTES = 12;

    /** One sort key: its JPQL path and how its value is read back from a cursor. */
    public record Key(String path, Function<String, ?> parse) {

        public static Key text(String path) {
            return new Key(path, s -> s);
        }

        public static Key id(String path) {
            return new Key(path, Long::valueOf);
        }

        public static Key date(String path) {
            return new Key(path, LocalDate::parse);
        }
    }

    /** The order of one list: its name (its cursors are refused by every other list), direction and sort keys. */
    public record Order(String list, boolean descending, List<Key> keys) {

        public static Order ascending(String list, Key... keys) {
            return new Order(list, false, List.of(keys));
        }

        public static Order descending(String list, Key... keys) {
            return new Order(list, true, List.of(keys));
        }

        /** {@code order by a, b} (or both {@code desc}). */
        String orderBy() {
            String dir = descending ? " desc" : "";
            return "order by " + String.join(", ", keys.stream().map(k -> k.path() + dir).toList());
        }

        /**
         * The rows after a cursor: {@code a >= :keyset0 and (a > :keyset0 or (a = :keyset0 and b > :keyset1))},
         * {@code <} descending. The leading {@code a >= :keyset0} is implied by the rest; it is there for the planner,
         * which starts an index range at it (H2 reads a whole index for the bare disjunction).
         */
        String after() {
            String cmp = descending ? " < " : " > ";
            String range = keys.get(0).path() + (descending ? " <= " : " >= ") + ":keyset0 and (";
            List<String> alternatives = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                StringBuilder s = new StringBuilder();
                for (int j = 0; j < i; j++) {
                    s.append(keys.get(j).path()).append(" = :keyset").append(j).append(" and ");
                }
                s.append(keys.get(i).path()).append(cmp).append(":keyset").append(i);
                alternatives.add("(" + s + ")");
            }
            return keys.size() == 1 ? alternatives.get(0) : range + String.join(" or ", alternatives) + ")";
        }
    }

    /** One page of rows and the cursor of the next page (null on the last page). */
    public record Slice<T>(List<T> rows, String next) {
    }

    private final SecretKeySpec key;

    @Inject
    Keyset(TrackerConfig config) {
        this(config.cursorKey());
    }

    Keyset(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The page of {@code select} (a query head such as {@code select p from Person p join fetch ...}) that follows
     * {@code cursor} (null for the first page) among the rows {@code where} matches, in the list's order.
     * {@code keyOf} answers a row's sort keys, in the order's key order, for the next cursor.
     */
    public <T> Slice<T> slice(EntityManager em, Order order, Jpql where, String cursor, String select, Class<T> type,
            int limit, Function<T, List<?>> keyOf) {
        Jpql page = where.copy();
        if (cursor != null) {
            List<Object> values = decode(order, cursor);
            page.and(order.after());
            for (int i = 0; i < values.size(); i++) {
                page.param("keyset" + i, values.get(i));
            }
        }
        List<T> rows = page.query(em, select, order.orderBy(), type).setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Slice<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Slice<>(shown, encode(order, keyOf.apply(shown.get(limit - 1))));
    }

    /**
     * {@link #slice} over a list made of disjoint parts (each read as its own index range, e.g. a company's own events
     * and the moves recorded elsewhere): each part's page, merged in the list's order. One part is {@link #slice}.
     */
    public <T> Slice<T> slice(EntityManager em, Order order, List<Jpql> parts, String cursor, String select,
            Class<T> type, int limit, Function<T, List<?>> keyOf) {
        if (parts.size() == 1) {
            return slice(em, order, parts.get(0), cursor, select, type, limit, keyOf);
        }
        List<T> rows = new ArrayList<>();
        boolean more = false;
        for (Jpql part : parts) {
            Slice<T> s = slice(em, order, part, cursor, select, type, limit, keyOf);
            rows.addAll(s.rows());
            more |= s.next() != null;
        }
        rows.sort(comparator(order.descending(), keyOf));
        if (rows.size() <= limit && !more) {
            return new Slice<>(rows, null);
        }
        List<T> shown = rows.subList(0, Math.min(limit, rows.size()));
        return new Slice<>(shown, encode(order, keyOf.apply(shown.get(shown.size() - 1))));
    }

    /** {@link #position} over a list made of disjoint parts: the counts added, the rows before merged. */
    public <T> Position position(EntityManager em, Order order, List<Jpql> parts, String cursor, String countHead,
            String select, Class<T> type, int limit, Function<T, List<?>> keyOf) {
        if (parts.size() == 1 || cursor == null) {
            return position(em, order, parts.get(0), cursor, countHead, select, type, limit, keyOf);
        }
        List<Object> values = decode(order, cursor);
        Order backwards = new Order(order.list(), !order.descending(), order.keys());
        long strictlyBefore = 0;
        List<T> back = new ArrayList<>();
        for (Jpql part : parts) {
            Jpql before = part.copy().and(backwards.after());
            for (int i = 0; i < values.size(); i++) {
                before.param("keyset" + i, values.get(i));
            }
            strictlyBefore += before.query(em, countHead, null, Long.class).getSingleResult();
            back.addAll(before.query(em, select, backwards.orderBy(), type).setMaxResults(limit).getResultList());
        }
        back.sort(comparator(backwards.descending(), keyOf));
        String previous = back.size() < limit ? "" : encode(order, keyOf.apply(back.get(limit - 1)));
        return new Position(strictlyBefore + 1, previous);
    }

    /** Rows by their sort keys (each {@link Comparable}), in the order's direction. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<T> comparator(boolean descending, Function<T, List<?>> keyOf) {
        Comparator<T> c = (a, b) -> {
            List<?> ka = keyOf.apply(a);
            List<?> kb = keyOf.apply(b);
            for (int i = 0; i < ka.size(); i++) {
                int r = ((Comparable) ka.get(i)).compareTo(kb.get(i));
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
        return descending ? c.reversed() : c;
    }

    /**
     * Where the page after {@code cursor} starts: {@code offset} rows come before it (0 without a cursor), and
     * {@code previous} is the cursor of the page before it, "" when that is the first page, null when there is none.
     * Two statements: a count and one page of rows read backwards.
     */
    public record Position(long offset, String previous) {
    }

    public <T> Position position(EntityManager em, Order order, Jpql where, String cursor, String countHead,
            String select, Class<T> type, int limit, Function<T, List<?>> keyOf) {
        if (cursor == null) {
            return new Position(0, null);
        }
        List<Object> values = decode(order, cursor);
        Order backwards = new Order(order.list(), !order.descending(), order.keys());
        Jpql before = where.copy().and(backwards.after());
        for (int i = 0; i < values.size(); i++) {
            before.param("keyset" + i, values.get(i));
        }
        long strictlyBefore = before.query(em, countHead, null, Long.class).getSingleResult();
        // the cursor's row ends the previous page; the limit-1 rows before it complete it
        List<T> back = before.query(em, select, backwards.orderBy(), type).setMaxResults(limit).getResultList();
        String previous = back.size() < limit ? "" : encode(order, keyOf.apply(back.get(limit - 1)));
        return new Position(strictlyBefore + 1, previous);
    }

    /** A cursor carrying the sort keys of a list's last row shown. */
    public String encode(Order order, List<?> values) {
        StringBuilder payload = new StringBuilder(order.list());
        for (Object v : values) {
            payload.append(SEP).append(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
        }
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        return b64(body) + "." + b64(mac(body));
    }

    /** The sort keys in a cursor this server issued for the list, parsed; else a 400 naming {@code cursor}. */
    public List<Object> decode(Order order, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException();
            }
            byte[] body = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            byte[] sig = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(sig, mac(body))) {
                throw new IllegalArgumentException();
            }
            List<String> parts = List.of(new String(body, StandardCharsets.UTF_8).split(String.valueOf(SEP), -1));
            if (parts.size() != order.keys().size() + 1 || !parts.get(0).equals(order.list())) {
                throw new IllegalArgumentException();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < order.keys().size(); i++) {
                values.add(order.keys().get(i).parse().apply(parts.get(i + 1)));
            }
            return values;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("cursor", NOT_ISSUED);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(body), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

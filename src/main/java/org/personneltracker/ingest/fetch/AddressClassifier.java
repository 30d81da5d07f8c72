package org.personneltracker.ingest.fetch;

import java.net.InetAddress;
import java.util.List;

/**
 * Classifies an IP address as public (fetchable) or as one of the non-public ranges an article
 * fetch must never reach (OWASP SSRF prevention: loopback, private, link-local incl. the cloud
 * metadata address, unspecified, multicast, carrier-grade NAT, documentation and reserved ranges).
 *
 * <p>Works on the raw address bytes, so IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible
 * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}) IPv6 forms are
 * judged by the IPv4 address they carry. IPv6 outside 2000::/3 (global unicast) is never public.
 */
public final class AddressClassifier {

    /** What kind of address it is; everything but {@link #PUBLIC} is refused unless allow-listed. */
    public enum AddressClass {
        PUBLIC("a public address"),
        UNSPECIFIED("an unspecified address"),
        LOOPBACK("a loopback address"),
        PRIVATE("a private address"),
        LINK_LOCAL("a link-local address"),
        CARRIER_GRADE_NAT("a carrier-grade NAT address"),
        MULTICAST("a multicast address"),
        BROADCAST("a broadcast address"),
        DOCUMENTATION("a documentation address"),
        RESERVED("a reserved address");

        private final String description;

        AddressClass(String description) {
            this.description = description;
        }

        /** E.g. "a private address", for messages a user reads. */
        public String description() {
            return description;
        }
    }

    private record Cidr(byte[] prefix, int bits, AddressClass type) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static Cidr v4(int a, int b, int c, int d, int bits, AddressClass type) {
        return new Cidr(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}, bits, type);
    }

    private static Cidr v6(int[] groups, int bits, AddressClass type) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < groups.length; i++) {
            bytes[2 * i] = (byte) (groups[i] >>> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        return new Cidr(bytes, bits, type);
    }

    /** IPv4 special-purpose ranges (IANA registry), most specific first. */
    private static final List<Cidr> V4 = List.of(
            v4(0, 0, 0, 0, 32, AddressClass.UNSPECIFIED),
            v4(0, 0, 0, 0, 8, AddressClass.RESERVED),            // "this network"
            v4(10, 0, 0, 0, 8, AddressClass.PRIVATE),
            v4(100, 64, 0, 0, 10, AddressClass.CARRIER_GRADE_NAT),
            v4(127, 0, 0, 0, 8, AddressClass.LOOPBACK),
            v4(169, 254, 0, 0, 16, AddressClass.LINK_LOCAL),     // incl. 169.254.169.254 metadata
            v4(172, 16, 0, 0, 12, AddressClass.PRIVATE),
            v4(192, 0, 0, 0, 24, AddressClass.RESERVED),         // IETF protocol assignments
            v4(192, 0, 2, 0, 24, AddressClass.DOCUMENTATION),
            v4(192, 88, 99, 0, 24, AddressClass.RESERVED),       // 6to4 relay anycast
            v4(192, 168, 0, 0, 16, AddressClass.PRIVATE),
            v4(198, 18, 0, 0, 15, AddressClass.RESERVED),        // benchmarking
            v4(198, 51, 100, 0, 24, AddressClass.DOCUMENTATION),
            v4(203, 0, 113, 0, 24, AddressClass.DOCUMENTATION),
            v4(224, 0, 0, 0, 4, AddressClass.MULTICAST),
            v4(255, 255, 255, 255, 32, AddressClass.BROADCAST),
            v4(240, 0, 0, 0, 4, AddressClass.RESERVED));

    private static final Cidr V6_UNSPECIFIED = v6(new int[] {}, 128, AddressClass.UNSPECIFIED);
    private static final Cidr V6_LOOPBACK = v6(new int[] {0, 0, 0, 0, 0, 0, 0, 1}, 128, AddressClass.LOOPBACK);
    private static final Cidr V6_MAPPED = v6(new int[] {0, 0, 0, 0, 0, 0xffff}, 96, AddressClass.RESERVED);
    private static final Cidr V6_COMPATIBLE = v6(new int[] {}, 96, AddressClass.RESERVED);
    private static final Cidr V6_NAT64 = v6(new int[] {0x64, 0xff9b}, 96, AddressClass.RESERVED);
    private static final Cidr V6_6TO4 = v6(new int[] {0x2002}, 16, AddressClass.RESERVED);
    private static final Cidr V6_GLOBAL_UNICAST = v6(new int[] {0x2000}, 3, AddressClass.PUBLIC);

    /** IPv6 ranges that are refused outright (checked after the embedded-IPv4 forms). */
    private static final List<Cidr> V6 = List.of(
            v6(new int[] {0x64, 0xff9b, 1}, 48, AddressClass.RESERVED),   // local-use NAT64
            v6(new int[] {0x100}, 64, AddressClass.RESERVED),             // discard-only
            v6(new int[] {0x2001, 0xdb8}, 32, AddressClass.DOCUMENTATION),
            v6(new int[] {0x2001}, 23, AddressClass.RESERVED),            // IETF assignments, Teredo
            v6(new int[] {0x3fff}, 20, AddressClass.DOCUMENTATION),
            v6(new int[] {0x5f00}, 16, AddressClass.RESERVED),            // SRv6 SIDs
            v6(new int[] {0xfc00}, 7, AddressClass.PRIVATE),              // unique local
            v6(new int[] {0xfe80}, 10, AddressClass.LINK_LOCAL),
            v6(new int[] {0xfec0}, 10, AddressClass.PRIVATE),             // deprecated site-local
            v6(new int[] {0xff00}, 8, AddressClass.MULTICAST));

    private AddressClassifier() {
    }

    public static AddressClass classify(InetAddress address) {
        return classify(address.getAddress());
    }

    /** Classifies 4-byte (IPv4) or 16-byte (IPv6) raw addresses. */
    public static AddressClass classify(byte[] raw) {
        if (raw.length == 4) {
            for (Cidr range : V4) {
                if (range.contains(raw)) {
                    return range.type();
                }
            }
            return AddressClass.PUBLIC;
        }
        if (raw.length != 16) {
            throw new IllegalArgumentException("not an IP address: " + raw.length + " bytes");
        }
        if (V6_UNSPECIFIED.contains(raw)) {
            return AddressClass.UNSPECIFIED;
        }
        if (V6_LOOPBACK.contains(raw)) {
            return AddressClass.LOOPBACK;
        }
        if (V6_MAPPED.contains(raw) || V6_NAT64.contains(raw)) {
            // the packet goes to the embedded IPv4 address: judge that one
            return classify(slice(raw, 12));
        }
        if (V6_COMPATIBLE.contains(raw) || V6_6TO4.contains(raw)) {
            // deprecated forms: never public, but name the embedded address's class when it has one
            AddressClass embedded = classify(slice(raw, V6_6TO4.contains(raw) ? 2 : 12));
            return embedded == AddressClass.PUBLIC ? AddressClass.RESERVED : embedded;
        }
        for (Cidr range : V6) {
            if (range.contains(raw)) {
                return range.type();
            }
        }
        return V6_GLOBAL_UNICAST.contains(raw) ? AddressClass.PUBLIC : AddressClass.RESERVED;
    }

    /** True when the IPv6 bytes carry an IPv4 address (mapped, compatible, NAT64 or 6to4). */
    static boolean embedsIpv4(byte[] raw) {
        return raw.length == 16 && !V6_UNSPECIFIED.contains(raw) && !V6_LOOPBACK.contains(raw)
                && (V6_MAPPED.contains(raw) || V6_COMPATIBLE.contains(raw)
                        || V6_NAT64.contains(raw) || V6_6TO4.contains(raw));
    }

    private static byte[] slice(byte[] raw, int from) {
        byte[] out = new byte[4];
        System.arraycopy(raw, from, out, 0, 4);
        return out;
    }
}

package org.personneltracker.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.personneltracker.ingest.fetch.AddressClassifier.AddressClass;

/** Table of addresses; literals only, so nothing here touches DNS or the network. */
class AddressClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // IPv4
            "0.0.0.0,            UNSPECIFIED",
            "0.1.2.3,            RESERVED",
            "10.0.0.1,           PRIVATE",
            "10.255.255.255,     PRIVATE",
            "100.64.0.1,         CARRIER_GRADE_NAT",
            "100.127.255.254,    CARRIER_GRADE_NAT",
            "100.128.0.1,        PUBLIC",
            "100.63.255.255,     PUBLIC",
            "127.0.0.1,          LOOPBACK",
            "127.0.0.2,          LOOPBACK",
            "127.255.255.254,    LOOPBACK",
            "169.254.169.254,    LINK_LOCAL",
            "169.254.0.1,        LINK_LOCAL",
            "172.15.255.255,     PUBLIC",
            "172.16.0.1,         PRIVATE",
            "172.31.255.255,     PRIVATE",
            "172.32.0.1,         PUBLIC",
            "192.0.0.8,          RESERVED",
            "192.0.2.1,          DOCUMENTATION",
            "192.88.99.1,        RESERVED",
            "192.168.1.1,        PRIVATE",
            "198.18.0.1,         RESERVED",
            "198.51.100.7,       DOCUMENTATION",
            "203.0.113.9,        DOCUMENTATION",
            "224.0.0.1,          MULTICAST",
            "239.255.255.250,    MULTICAST",
            "240.0.0.1,          RESERVED",
            "255.255.255.255,    BROADCAST",
            "93.184.215.14,      PUBLIC",
            "8.8.8.8,            PUBLIC",
            "1.1.1.1,            PUBLIC",
            // IPv6
            "::,                 UNSPECIFIED",
            "::1,                LOOPBACK",
            "fc00::1,            PRIVATE",
            "fd00:ec2::254,      PRIVATE",
            "fdff:ffff::1,       PRIVATE",
            "fe80::1,            LINK_LOCAL",
            "febf::1,            LINK_LOCAL",
            "fec0::1,            PRIVATE",
            "ff02::1,            MULTICAST",
            "2001:db8::1,        DOCUMENTATION",
            "2001::1,            RESERVED",
            "3fff::1,            DOCUMENTATION",
            "100::1,             RESERVED",
            "64:ff9b:1::1,       RESERVED",
            "4000::1,            RESERVED",
            "2606:4700:4700::1111, PUBLIC",
            "2a00:1450:4001::1,  PUBLIC",
            // IPv6 forms carrying an IPv4 address (Java already folds ::ffff:a.b.c.d text to IPv4)
            "::ffff:127.0.0.1,   LOOPBACK",
            "::ffff:169.254.169.254, LINK_LOCAL",
            "::ffff:93.184.215.14, PUBLIC",
            "::127.0.0.1,        LOOPBACK",
            "::8.8.8.8,          RESERVED",
            "64:ff9b::a00:1,     PRIVATE",
            "64:ff9b::a9fe:a9fe, LINK_LOCAL",
            "64:ff9b::5db8:d70e, PUBLIC",
            "2002:7f00:1::,      LOOPBACK",
            "2002:c0a8:101::1,   PRIVATE",
            "2002:808:808::1,    RESERVED",
    })
    void classifiesLiterals(String literal, AddressClass expected) throws UnknownHostException {
        assertEquals(expected, AddressClassifier.classify(InetAddress.getByName(literal)));
    }

    @ParameterizedTest(name = "IPv4-mapped ::ffff:{0} is {1}")
    @CsvSource({
            "127.0.0.1,       LOOPBACK",
            "10.1.2.3,        PRIVATE",
            "169.254.169.254, LINK_LOCAL",
            "0.0.0.0,         UNSPECIFIED",
            "100.64.1.1,      CARRIER_GRADE_NAT",
            "224.0.0.5,       MULTICAST",
            "93.184.215.14,   PUBLIC",
    })
    void classifiesMappedAddressesKeptAsIpv6(String ipv4, AddressClass expected) throws UnknownHostException {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        // Inet6Address.getByAddress keeps the 16-byte form (InetAddress.getByAddress would fold it to IPv4)
        Inet6Address address = Inet6Address.getByAddress(null, mapped, -1);
        assertEquals(16, address.getAddress().length);
        assertEquals(expected, AddressClassifier.classify(address));
        assertEquals(expected, AddressClassifier.classify(mapped));
    }
}

package nl.royaal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.royaal.web.NetworkAddresses.Interface;
import nl.royaal.web.NetworkAddresses.Kind;
import nl.royaal.web.NetworkAddresses.Scan;
import org.junit.jupiter.api.Test;

/** Choosing the address phones can reach, the QR code, the rate limiter and the Host rule. */
class NetworkAndQrTest {

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    @Test
    void wifiComesFirstAndVirtualLoopbackAndLinkLocalAreLeftOut() {
        Scan scan = NetworkAddresses.choose(List.of(
                new Interface("docker0", "docker0", true, false, false, List.of(ip("172.17.0.1"))),
                new Interface("eth0", "eth0", true, false, false, List.of(ip("10.0.0.5"), ip("fe80::1"))),
                new Interface("lo", "lo", true, true, false, List.of(ip("127.0.0.1"))),
                new Interface("wlp2s0", "wlp2s0", true, false, false, List.of(ip("192.168.1.20"), ip("169.254.3.3"))),
                new Interface("tailscale0", "tailscale0", true, false, false, List.of(ip("100.64.0.7"))),
                new Interface("vEthernet (WSL)", "Hyper-V Virtual Ethernet Adapter", true, false, false,
                        List.of(ip("172.28.16.1"))),
                new Interface("wlan1", "wlan1", false, false, false, List.of(ip("192.168.50.2")))));

        assertEquals(List.of("192.168.1.20", "10.0.0.5"), scan.lan().stream().map(s -> s.host()).toList());
        assertEquals(Kind.WIFI, scan.primary().kind());
        assertEquals(Kind.ETHERNET, scan.lan().get(1).kind());
        assertFalse(scan.loopbackOnly());
        assertEquals(List.of(ip("192.168.1.20"), ip("10.0.0.5"), ip("127.0.0.1")), scan.bindAddresses());
    }

    @Test
    void withoutANetworkOnlyLoopbackIsLeftAndTheConsoleIsWarned() {
        Scan scan = NetworkAddresses.choose(List.of(
                new Interface("lo", "lo", true, true, false, List.of(ip("127.0.0.1"), ip("::1")))));

        assertTrue(scan.loopbackOnly());
        assertEquals("127.0.0.1", scan.primary().host());
        assertEquals(List.of(ip("127.0.0.1")), scan.bindAddresses());
        NetworkAddresses.scan(); // the real machine: must not throw, whatever it has
    }

    @Test
    void theQrCodeIsASquareMatrixAndAnSvgWithoutAnythingExternal() {
        String link = PhoneServer.joinLink(PhoneServer.url(ip("192.168.1.20"), 8080), "K7P3QX");
        boolean[][] modules = QrCodes.matrix(link);
        String svg = QrCodes.svg(link);

        assertEquals("http://192.168.1.20:8080/?code=K7P3QX", link);
        assertTrue(modules.length >= 21 && (modules.length - 17) % 4 == 0, "a QR version size: " + modules.length);
        assertEquals(modules.length, modules[0].length);
        assertTrue(modules[0][0] && modules[6][6] && !modules[7][7], "finder pattern in the corner");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + (modules.length + 8)));
        assertFalse(svg.contains("href"));
    }

    @Test
    void aBucketLetsABurstThroughThenRefillsAtItsRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(new RateLimiter.Limit(3, 2), now::get);

        assertTrue(limiter.tryAcquire("a") && limiter.tryAcquire("a") && limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("b"), "another client has its own bucket");
        now.addAndGet(500_000_000L);
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        assertEquals(1, limiter.secondsUntilNext("a"));
    }

    @Test
    void onlyAddressesAndLocalhostAreAcceptedAsHost() {
        for (String ok : new String[] {"192.168.1.20:8080", "127.0.0.1", "localhost:8080", "[::1]:8080", "10.0.0.5"}) {
            assertTrue(PhoneServer.hostIsAnAddress(ok), ok);
        }
        for (String bad : new String[] {"evil.example", "evil.example:8080", "192.168.1.20.nip.io", "", null,
                "127.0.0.1:80x", "[::1]x", "localhost.evil.example"}) {
            assertFalse(PhoneServer.hostIsAnAddress(bad), bad);
        }
    }
}

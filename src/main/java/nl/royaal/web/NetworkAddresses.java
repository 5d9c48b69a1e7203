package nl.royaal.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which addresses of the laptop phones in the room can reach: the IPv4 addresses of real network
 * interfaces (Wi-Fi first, then Ethernet), without loopback, link-local addresses and the virtual
 * interfaces of Docker, VPNs and virtual machines. When there is none, the console warns that the
 * phone page can only be reached from the laptop itself.
 */
public final class NetworkAddresses {

    /** What kind of interface an address is on; the console shows it next to the address. */
    public enum Kind {
        WIFI,
        ETHERNET,
        OTHER,
        LOOPBACK
    }

    /** An address the phone server can serve on. */
    public record ServedAddress(InetAddress address, String interfaceName, String displayName, Kind kind) {

        public ServedAddress {
            Objects.requireNonNull(address, "address");
            interfaceName = interfaceName == null ? "" : interfaceName;
            displayName = displayName == null || displayName.isBlank() ? interfaceName : displayName;
            Objects.requireNonNull(kind, "kind");
        }

        /** The address as it goes into a URL ("192.168.1.20"). */
        public String host() {
            return address.getHostAddress();
        }
    }

    /**
     * The result of looking at the laptop's interfaces.
     *
     * @param lan      addresses phones can reach, best first (may be empty)
     * @param loopback 127.0.0.1, always served too: for the trainer's own browser
     */
    public record Scan(List<ServedAddress> lan, ServedAddress loopback) {

        public Scan {
            lan = List.copyOf(lan);
            Objects.requireNonNull(loopback, "loopback");
        }

        /** Only the laptop itself can reach the page: the console shows a warning (no Wi-Fi, or isolated). */
        public boolean loopbackOnly() {
            return lan.isEmpty();
        }

        /** The address to show on the projector and in the QR code: the best LAN address, else loopback. */
        public ServedAddress primary() {
            return lan.isEmpty() ? loopback : lan.getFirst();
        }

        /** Every address to bind: the LAN addresses and loopback. */
        public List<InetAddress> bindAddresses() {
            List<InetAddress> all = new ArrayList<>();
            lan.forEach(served -> all.add(served.address()));
            all.add(loopback.address());
            return all;
        }
    }

    /** One network interface as the operating system reports it; {@link #choose} works on these. */
    public record Interface(String name, String displayName, boolean up, boolean loopback, boolean virtual,
            List<InetAddress> addresses) {

        public Interface {
            name = name == null ? "" : name;
            displayName = displayName == null ? "" : displayName;
            addresses = List.copyOf(addresses);
        }
    }

    private static final Pattern VIRTUAL = Pattern.compile(
            "^(docker|br-|veth|virbr|vmnet|vboxnet|vnic|tun|tap|utun|wg|tailscale|zt|lxc|lxd|cni|flannel|cali"
                    + "|kube|podman|awdl|llw|anpi|gif|stf|ham|ipsec|ppp|nordlynx|proton).*"
                    + "|.*(virtualbox|vmware|hyper-v|vethernet|virtual|pseudo|tunnel|vpn|tailscale|zerotier"
                    + "|wireguard|docker|openvpn|tap-windows|loopback).*");
    private static final Pattern WIFI = Pattern.compile("^(wl|wlan|wifi|ath|ra\\d).*|.*(wi-fi|wifi|wireless|wlan|802\\.11).*");
    private static final Pattern ETHERNET = Pattern.compile("^(eth|en|em|eno|ens|enp|enx).*|.*(ethernet|gbe|lan).*");

    private NetworkAddresses() {
    }

    /** Looks at the laptop's interfaces now (they change when Wi-Fi connects or a hotspot starts). */
    public static Scan scan() {
        List<Interface> interfaces = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                try {
                    interfaces.add(new Interface(nic.getName(), nic.getDisplayName(), nic.isUp(), nic.isLoopback(),
                            nic.isVirtual(), Collections.list(nic.getInetAddresses())));
                } catch (SocketException unreadable) {
                    // An interface that vanished while we looked: it cannot serve anyway.
                }
            }
        } catch (SocketException | NullPointerException noInterfaces) {
            // No interfaces can be listed (a sandbox): only loopback is left.
        }
        return choose(interfaces);
    }

    /** The choice itself, from a list of interfaces: testable without a real network. */
    public static Scan choose(List<Interface> interfaces) {
        List<ServedAddress> lan = new ArrayList<>();
        for (Interface nic : interfaces) {
            if (!nic.up() || nic.loopback() || nic.virtual() || looksVirtual(nic)) {
                continue;
            }
            for (InetAddress address : nic.addresses()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()
                        && !address.isAnyLocalAddress() && !address.isMulticastAddress()) {
                    lan.add(new ServedAddress(address, nic.name(), nic.displayName(), kindOf(nic)));
                }
            }
        }
        lan.sort(Comparator.comparing(ServedAddress::kind)
                .thenComparing(served -> !served.address().isSiteLocalAddress())
                .thenComparing(ServedAddress::interfaceName)
                .thenComparing(ServedAddress::host));
        return new Scan(lan, new ServedAddress(InetAddress.getLoopbackAddress() instanceof Inet4Address loop ? loop
                : loopbackIpv4(), "lo", "loopback", Kind.LOOPBACK));
    }

    private static InetAddress loopbackIpv4() {
        return InetAddress.ofLiteral("127.0.0.1");
    }

    private static boolean looksVirtual(Interface nic) {
        return VIRTUAL.matcher(nic.name().toLowerCase(Locale.ROOT)).matches()
                || VIRTUAL.matcher(nic.displayName().toLowerCase(Locale.ROOT)).matches();
    }

    private static Kind kindOf(Interface nic) {
        String name = nic.name().toLowerCase(Locale.ROOT);
        String display = nic.displayName().toLowerCase(Locale.ROOT);
        if (WIFI.matcher(name).matches() || WIFI.matcher(display).matches()) {
            return Kind.WIFI;
        }
        if (ETHERNET.matcher(name).matches() || ETHERNET.matcher(display).matches()) {
            return Kind.ETHERNET;
        }
        return Kind.OTHER;
    }
}

package newsquiz.web.teacher;

import io.javalin.http.Context;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where students type the code. A teacher who opened the app as "localhost" would project an
 * address no phone can reach, so then this machine's network addresses are offered instead.
 */
final class JoinAddresses {
    private JoinAddresses() {}

    /**
     * The join page at the address the teacher used; or, when that was this machine's loopback,
     * at its network addresses (if it has any). The code is filled in when one is given.
     */
    static List<String> of(Context ctx, String code) {
        String path = code == null ? "/join" : "/join?code=" + code;
        String host = ctx.req().getServerName();
        int port = ctx.req().getServerPort();
        String scheme = ctx.scheme();
        List<String> urls = new ArrayList<>();
        if (loopback(host)) {
            for (String address : networkAddresses()) {
                urls.add(origin(scheme, address, port) + path);
            }
        }
        if (urls.isEmpty()) {
            urls.add(origin(scheme, host, port) + path);
        }
        return urls;
    }

    static boolean loopback(String host) {
        return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("[::1]") || host.equals("0:0:0:0:0:0:0:1");
    }

    private static String origin(String scheme, String host, int port) {
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + h + (defaultPort ? "" : ":" + port);
    }

    private static List<String> networkAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        addresses.add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        Collections.sort(addresses);
        return addresses.size() > 3 ? addresses.subList(0, 3) : addresses;
    }
}

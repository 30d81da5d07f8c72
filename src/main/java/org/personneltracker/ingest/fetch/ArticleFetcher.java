package org.personneltracker.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches an article page by URL following the OWASP SSRF prevention guidance.
 *
 * <ul>
 *   <li>http and https only, no user info; IP literals only in canonical form (dotted-quad IPv4 without
 *       leading zeros, bracketed IPv6 without zone): "2130706433", "0x7f.1", "127.1", "0177.0.0.1" are
 *       refused as ambiguous.</li>
 *   <li>The host is resolved once per hop; every address is classified by {@link AddressClassifier} and
 *       the hop is refused when any of them is not public, unless the host (or the literal IP) is in
 *       {@link FetchPolicy#allowedHosts()}.</li>
 *   <li>The connection goes to the addresses that were checked: the HTTP client gets a {@link DnsResolver}
 *       that returns exactly those addresses for exactly that host (no second lookup, no DNS rebinding
 *       window), while TLS still verifies and sends SNI for the host name of the URL.</li>
 *   <li>Redirects are not followed by the client: each Location is parsed, resolved and checked like the
 *       first URL, up to {@link FetchPolicy#maxRedirects()}.</li>
 *   <li>No proxy (system properties ignored, sockets created with {@link Proxy#NO_PROXY}), no cookies,
 *       no credentials, no retries, no content compression; User-Agent {@value #USER_AGENT}.</li>
 *   <li>Body limited to {@link FetchPolicy#maxBytes()}; whole fetch limited to
 *       {@link FetchPolicy#totalTimeout()}; only text/html, application/xhtml+xml and text/plain.</li>
 * </ul>
 *
 * Plain Java, thread-safe, no framework: one instance can be shared.
 */
public final class ArticleFetcher {

    public static final String USER_AGENT = "PersonnelTracker/1.0 (+article fetch)";

    static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_URL_LENGTH = 8192;

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern STRICT_IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0x[0-9a-f]*");

    private static final Lookup<TlsSocketStrategy> TLS = RegistryBuilder.<TlsSocketStrategy>create()
            .register("https", DefaultClientTlsStrategy.createDefault())
            .build();

    private static final ScheduledExecutorService DEADLINES = deadlineScheduler();

    /** Name lookup; a seam so tests can simulate DNS answers without a network. */
    @FunctionalInterface
    interface NameResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final FetchPolicy policy;
    private final Set<InetAddress> allowedLiterals;
    private final NameResolver names;

    public ArticleFetcher(FetchPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    ArticleFetcher(FetchPolicy policy, NameResolver names) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.names = Objects.requireNonNull(names, "names");
        Set<InetAddress> literals = new HashSet<>();
        for (String entry : policy.allowedHosts()) {
            if (entry.contains(":") || isNumericLooking(entry)) {
                InetAddress literal = parseLiteral(entry, entry.contains(":"));
                if (literal == null) {
                    throw new IllegalArgumentException("allowedHosts: not a canonical IP literal: " + entry);
                }
                literals.add(literal);
            }
        }
        this.allowedLiterals = Set.copyOf(literals);
    }

    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Fetches the page, following at most {@code maxRedirects} redirects, each checked like the first URL.
     *
     * @throws FetchRefusedException with a message a user can read when the URL, an address, the size, the
     *                               type or the time is refused, or the server cannot be reached
     */
    public FetchedPage fetch(String url) throws FetchRefusedException {
        if (url == null || url.isBlank()) {
            throw refused(FetchRefusedException.Reason.INVALID_URL, "refused: no URL given");
        }
        String requested = url.strip();
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI current = parse(requested, null);
        int redirects = 0;
        while (true) {
            Target target = check(current, redirects == 0 ? null : current.toString());
            Hop hop = request(target, deadline);
            if (hop.location() == null) {
                return new FetchedPage(requested, target.uri().toString(), hop.status(), hop.mediaType(), hop.body(),
                        hop.retrievedAt());
            }
            if (redirects >= policy.maxRedirects()) {
                throw refused(FetchRefusedException.Reason.TOO_MANY_REDIRECTS,
                        "refused: more than " + policy.maxRedirects() + " redirects");
            }
            redirects++;
            current = parseLocation(target.uri(), hop.location());
        }
    }

    // ---------------------------------------------------------------- URL and address checks

    private record Target(URI uri, String host, InetAddress[] addresses) {
    }

    private static URI parse(String text, String redirectContext) {
        if (text.length() > MAX_URL_LENGTH) {
            throw refused(FetchRefusedException.Reason.INVALID_URL, "refused: URL too long" + suffix(redirectContext));
        }
        try {
            return withoutFragment(new URI(text));
        } catch (URISyntaxException e) {
            throw refused(FetchRefusedException.Reason.INVALID_URL,
                    "refused: not a valid URL" + suffix(redirectContext == null ? text : redirectContext));
        }
    }

    private static URI parseLocation(URI base, String location) {
        String loc = location.strip();
        URI relative;
        try {
            relative = new URI(loc);
        } catch (URISyntaxException e) {
            throw refused(FetchRefusedException.Reason.BAD_REDIRECT, "refused: redirect to an invalid URL: " + loc);
        }
        return withoutFragment(base.resolve(relative));
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private Target check(URI uri, String redirectContext) {
        String where = suffix(redirectContext == null ? null : "redirect to " + redirectContext);
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw refused(FetchRefusedException.Reason.INVALID_URL, "refused: not an absolute http(s) URL" + where);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(FetchRefusedException.Reason.FORBIDDEN_SCHEME,
                    "refused: only http and https URLs are fetched, not " + scheme + where);
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw refused(FetchRefusedException.Reason.INVALID_URL,
                    "refused: URLs with a user name or password are not fetched" + where);
        }
        String rawHost = uri.getHost();
        if (rawHost == null || rawHost.isEmpty()) {
            throw refused(FetchRefusedException.Reason.INVALID_URL, "refused: the URL has no valid host" + where);
        }
        if (uri.getPort() == 0) {
            throw refused(FetchRefusedException.Reason.INVALID_URL, "refused: port 0" + where);
        }
        boolean bracketed = rawHost.startsWith("[");
        String host = FetchPolicy.normalizeHost(rawHost);
        InetAddress[] addresses;
        InetAddress literal = null;
        if (bracketed || isNumericLooking(host)) {
            literal = parseLiteral(host, bracketed);
            if (literal == null) {
                throw refused(FetchRefusedException.Reason.INVALID_URL,
                        "refused: " + rawHost + (bracketed
                                ? " is not a valid IPv6 address (zone ids are not accepted)"
                                : " is not a canonical IP address (use dotted decimal like 93.184.215.14)")
                                + where);
            }
            addresses = new InetAddress[] {literal};
        } else {
            if (!isValidHostName(host)) {
                throw refused(FetchRefusedException.Reason.INVALID_URL,
                        "refused: " + rawHost + " is not a valid host name" + where);
            }
            addresses = resolve(host, where);
        }
        boolean allowListed = policy.allowedHosts().contains(host)
                || (literal != null && allowedLiterals.contains(literal));
        if (!allowListed) {
            for (InetAddress address : addresses) {
                AddressClassifier.AddressClass type = AddressClassifier.classify(address);
                if (type != AddressClassifier.AddressClass.PUBLIC) {
                    String shown = address.getHostAddress();
                    String note = literal == null ? " (" + host + " resolves to it)" : "";
                    if (shown.equals("169.254.169.254")) {
                        note += " (cloud metadata service)";
                    } else if (address instanceof Inet6Address
                            && AddressClassifier.embedsIpv4(address.getAddress())) {
                        note += " (IPv6 form of an IPv4 address)";
                    }
                    throw refused(FetchRefusedException.Reason.FORBIDDEN_ADDRESS,
                            "refused: " + shown + " is " + type.description() + note + where);
                }
            }
        }
        return new Target(uri, host, addresses);
    }

    private InetAddress[] resolve(String host, String where) {
        InetAddress[] found;
        try {
            found = names.resolve(host);
        } catch (UnknownHostException e) {
            found = null;
        }
        if (found == null || found.length == 0) {
            throw refused(FetchRefusedException.Reason.UNRESOLVABLE_HOST,
                    "fetch failed: could not resolve " + host + where);
        }
        return found.clone();
    }

    /** A host whose last label is all digits or starts with 0x can only be meant as an IP address. */
    private static boolean isNumericLooking(String host) {
        String last = host.substring(host.lastIndexOf('.') + 1);
        return !last.isEmpty() && NUMERIC_LABEL.matcher(last).matches();
    }

    private static boolean isValidHostName(String host) {
        if (host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Canonical literal only; null when malformed or ambiguous. Never touches DNS. */
    private static InetAddress parseLiteral(String host, boolean ipv6) {
        try {
            if (ipv6) {
                if (!host.contains(":") || host.contains("%")) {
                    return null; // no zone ids, no bracketed IPv4
                }
                return InetAddress.getByName(host); // a string with ':' is parsed as an IPv6 literal, no lookup
            }
            if (!STRICT_IPV4.matcher(host).matches()) {
                return null;
            }
            String[] parts = host.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- one HTTP exchange

    private record Hop(int status, String location, String mediaType, String body, Instant retrievedAt) {
    }

    private Hop request(Target target, long deadline) {
        long remainingNanos = deadline - System.nanoTime();
        if (remainingNanos <= 0) {
            throw timedOut();
        }
        Timeout remaining = Timeout.ofMilliseconds(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remainingNanos)));
        Timeout connect = Timeout.ofMilliseconds(Math.max(1,
                Math.min(policy.connectTimeout().toMillis(), remaining.toMilliseconds())));

        DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(
                proxy -> new Socket(Proxy.NO_PROXY), // never a SOCKS proxy, whatever the JVM settings
                DefaultSchemePortResolver.INSTANCE,
                new PinnedDnsResolver(target.host(), target.addresses()),
                TLS);
        BasicHttpClientConnectionManager connections =
                new BasicHttpClientConnectionManager(operator, ManagedHttpClientConnectionFactory.INSTANCE);
        connections.setConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(connect)
                .setSocketTimeout(remaining)
                .build());
        RequestConfig config = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setContentCompressionEnabled(false)
                .setExpectContinueEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .setHardCancellationEnabled(true)
                .setConnectionRequestTimeout(remaining)
                .setResponseTimeout(remaining)
                .build();

        HttpGet get = new HttpGet(target.uri());
        get.setHeader("Accept", "text/html, application/xhtml+xml, text/plain;q=0.8");
        AtomicBoolean deadlineReached = new AtomicBoolean();
        ScheduledFuture<?> killer = DEADLINES.schedule(() -> {
            deadlineReached.set(true);
            get.cancel(); // closes the socket: unblocks a connect or a read in progress
        }, remainingNanos, TimeUnit.NANOSECONDS);
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(connections)
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE)) // direct, no proxy
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableConnectionState()
                .setDefaultCredentialsProvider(new BasicCredentialsProvider())
                .setUserAgent(USER_AGENT)
                .setDefaultRequestConfig(config)
                .build()) {
            ClassicHttpResponse response = client.executeOpen(null, get, HttpClientContext.create());
            try {
                return read(response, target, deadline);
            } finally {
                get.cancel(); // drop the connection instead of draining an unread body
                try {
                    response.close();
                } catch (IOException ignored) {
                    // the connection is being discarded anyway
                }
            }
        } catch (FetchRefusedException e) {
            if (deadlineReached.get() && e.reason() == FetchRefusedException.Reason.CONNECTION_FAILED) {
                throw timedOut();
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            if (deadlineReached.get() || System.nanoTime() - deadline >= 0) {
                throw timedOut();
            }
            if (e instanceof InterruptedIOException) {
                throw refused(FetchRefusedException.Reason.TIMEOUT,
                        "fetch failed: " + target.host() + " did not answer in time", e);
            }
            throw refused(FetchRefusedException.Reason.CONNECTION_FAILED,
                    "fetch failed: could not get " + target.uri() + " (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } finally {
            killer.cancel(false);
        }
    }

    private Hop read(ClassicHttpResponse response, Target target, long deadline) throws IOException {
        int status = response.getCode();
        if (REDIRECT_CODES.contains(status)) {
            Header location = response.getFirstHeader("Location");
            if (location == null || location.getValue() == null || location.getValue().isBlank()) {
                throw refused(FetchRefusedException.Reason.BAD_REDIRECT,
                        "refused: redirect (" + status + ") without a Location");
            }
            return new Hop(status, location.getValue(), null, null, null);
        }
        if (status < 200 || status > 299) {
            throw refused(FetchRefusedException.Reason.HTTP_STATUS,
                    "fetch failed: " + target.host() + " answered " + status
                            + (response.getReasonPhrase() == null ? "" : " " + response.getReasonPhrase()));
        }
        HttpEntity entity = response.getEntity();
        Header typeHeader = response.getFirstHeader("Content-Type");
        if (typeHeader == null || typeHeader.getValue() == null || typeHeader.getValue().isBlank()) {
            throw refused(FetchRefusedException.Reason.UNSUPPORTED_CONTENT_TYPE,
                    "refused: the response has no content type");
        }
        String[] typeParts = typeHeader.getValue().split(";");
        String mediaType = typeParts[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_TYPES.contains(mediaType)) {
            throw refused(FetchRefusedException.Reason.UNSUPPORTED_CONTENT_TYPE,
                    "refused: content type " + mediaType + " is not an article page"
                            + " (text/html, application/xhtml+xml or text/plain)");
        }
        Header encoding = response.getFirstHeader("Content-Encoding");
        if (encoding != null && !encoding.getValue().isBlank()
                && !encoding.getValue().strip().equalsIgnoreCase("identity")) {
            throw refused(FetchRefusedException.Reason.UNSUPPORTED_CONTENT_TYPE,
                    "refused: unexpected content encoding " + encoding.getValue().strip());
        }
        Charset charset = charset(typeParts);
        String tooLarge = "refused: the page is larger than " + size(policy.maxBytes());
        if (entity != null && entity.getContentLength() > policy.maxBytes()) {
            throw refused(FetchRefusedException.Reason.TOO_LARGE, tooLarge);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    if (System.nanoTime() - deadline >= 0) {
                        throw timedOut();
                    }
                    if (body.size() + n > policy.maxBytes()) {
                        throw refused(FetchRefusedException.Reason.TOO_LARGE, tooLarge);
                    }
                    body.write(buffer, 0, n);
                }
            }
        }
        return new Hop(status, null, mediaType, body.toString(charset), Instant.now());
    }

    private static Charset charset(String[] typeParts) {
        for (int i = 1; i < typeParts.length; i++) {
            String param = typeParts[i].strip();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String name = param.substring(eq + 1).strip();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private FetchRefusedException timedOut() {
        return refused(FetchRefusedException.Reason.TIMEOUT,
                "fetch failed: timed out after " + duration(policy.totalTimeout()));
    }

    private static FetchRefusedException refused(FetchRefusedException.Reason reason, String message) {
        return new FetchRefusedException(reason, message);
    }

    private static FetchRefusedException refused(FetchRefusedException.Reason reason, String message, Throwable cause) {
        return new FetchRefusedException(reason, message, cause);
    }

    private static String suffix(String context) {
        return context == null ? "" : " (" + context + ")";
    }

    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    private static String duration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ScheduledExecutorService deadlineScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("article-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * Gives the HTTP client the addresses that were checked, for the one host that was checked; any other
     * name is refused. This is what makes the connection go to the validated address with no second lookup.
     */
    private static final class PinnedDnsResolver implements DnsResolver {
        private final String host;
        private final InetAddress[] addresses;

        PinnedDnsResolver(String host, InetAddress[] addresses) {
            this.host = host;
            this.addresses = addresses.clone();
        }

        @Override
        public InetAddress[] resolve(String name) throws UnknownHostException {
            if (name == null || !FetchPolicy.normalizeHost(name).equals(host)) {
                throw new UnknownHostException(name + " was not checked by the article fetcher");
            }
            return addresses.clone();
        }

        @Override
        public List<InetSocketAddress> resolve(String name, int port) throws UnknownHostException {
            List<InetSocketAddress> out = new ArrayList<>();
            for (InetAddress address : resolve(name)) {
                out.add(new InetSocketAddress(address, port));
            }
            return out;
        }

        @Override
        public String resolveCanonicalHostname(String name) throws UnknownHostException {
            resolve(name);
            return name;
        }
    }
}

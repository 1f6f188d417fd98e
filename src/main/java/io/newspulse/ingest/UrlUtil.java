package io.newspulse.ingest;

import java.net.URI;
import java.util.Locale;

/** Small URL helpers that never throw. */
public final class UrlUtil {
    private UrlUtil() {}

    /** The host without a leading {@code www.}, or the input itself when it is not a URL. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return url;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}

package io.whyrelu.reports.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps database passwords out of messages. JDBC drivers quote the URL in their errors (an
 * unknown subprotocol, an unparsable URL, a refused login), so every text that may contain it
 * goes through {@link #redact(String, String)}, which removes the password in each form JDBC URLs
 * carry one — {@code password=} parameters (up to the next {@code &} or white space: a {@code ;}
 * may be part of the password), {@code user:password@host} user info — and the literal password
 * values found in the URL wherever else they appear.
 */
public final class Redaction {

    static final String MASK = "***";
    private static final Pattern PARAMETER = Pattern.compile("(?i)(password\\s*=\\s*)[^&\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:\\s]*:)[^@/\\s]*@");

    private Redaction() {}

    /** The URL with its passwords masked. */
    public static String url(String url) {
        return redact(url, url);
    }

    /** {@code text} (an error message, say) with every password of {@code url} masked, in any form. */
    public static String redact(String text, String url) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets(url)) {
            out = out.replace(secret, MASK);
        }
        out = PARAMETER.matcher(out).replaceAll("$1" + MASK);
        return USER_INFO.matcher(out).replaceAll("$1" + MASK + "@");
    }

    /** The password values written in {@code url}, longest first (so a longer one is masked whole). */
    static List<String> secrets(String url) {
        List<String> secrets = new ArrayList<>();
        if (url == null) {
            return secrets;
        }
        Matcher p = PARAMETER.matcher(url);
        while (p.find()) {
            String value = url.substring(p.end(1), p.end());
            if (!value.isEmpty()) {
                secrets.add(value);
            }
        }
        Matcher u = USER_INFO.matcher(url);
        while (u.find()) {
            String value = url.substring(u.end(1), u.end() - 1);
            if (!value.isEmpty()) {
                secrets.add(value);
            }
        }
        secrets.sort((a, b) -> b.length() - a.length());
        return secrets;
    }
}

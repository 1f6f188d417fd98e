package io.newspulse.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: a byte-order mark first; then UTF-8 when the bytes are valid UTF-8 with
 * multi-byte characters (whatever the page declares: pages re-saved as UTF-8 keep their old {@code gb2312} or
 * {@code iso-8859-1} declaration, while legacy-encoded text practically never forms valid UTF-8); then the
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">} declared in the
 * first {@value #PRESCAN_BYTES} bytes; else windows-1252 (what browsers assume for an undeclared legacy page;
 * it decodes every byte). A declared charset the JVM does not know, or UTF-8 declared over bytes that are not,
 * falls back the same way.
 */
public final class HtmlCharset {
    static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?is)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlCharset() {}

    public static String decode(byte[] bytes) {
        return new String(bytes, charsetOf(bytes)).replace("\uFEFF", "");
    }

    /** The page's encoding, as described above. */
    public static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        Utf8 utf8 = utf8(bytes);
        if (utf8 == Utf8.VALID_MULTIBYTE) {
            return StandardCharsets.UTF_8; // legacy encodings practically never form valid UTF-8 sequences
        }
        Charset declared = declared(bytes);
        if (declared != null && !(StandardCharsets.UTF_8.equals(declared) && utf8 == Utf8.INVALID)) {
            return declared;
        }
        return utf8 == Utf8.INVALID ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /** The charset a {@code <meta>} tag near the start declares, if the JVM knows it. */
    static Charset declared(byte[] bytes) {
        // every charset a meta tag can name is ASCII-compatible for the tag itself; ISO-8859-1 maps bytes 1:1
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // what browsers do: the Latin-1 labels mean windows-1252, and a UTF-16 label in an ASCII-readable
        // document cannot be true
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // unknown or malformed name
        }
    }

    private enum Utf8 { ASCII, VALID_MULTIBYTE, INVALID }

    private static Utf8 utf8(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return Utf8.ASCII;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return Utf8.VALID_MULTIBYTE;
        } catch (CharacterCodingException e) {
            return Utf8.INVALID;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

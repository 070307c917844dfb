package vn.portal.plugins.notify.channel;

import java.net.URI;
import java.util.regex.Pattern;

/** Checks and normal forms of addresses, one place for the channels, the forms and the REST API. */
public final class Addresses {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** Vietnamese mobile numbers: 0 or +84, then a 3/5/7/8/9 prefix and 8 digits. */
    private static final Pattern VN_MOBILE = Pattern.compile("(\\+84|84|0)([35789]\\d{8})");

    private Addresses() {
    }

    public static String emailProblem(String address) {
        if (address == null || address.isBlank()) {
            return "Thiếu địa chỉ thư / no e-mail address";
        }
        if (address.length() > 254 || !EMAIL.matcher(address.strip()).matches()) {
            return "Địa chỉ thư không hợp lệ / not an e-mail address: " + address;
        }
        return null;
    }

    /** The number as +84…, or null when it is not a Vietnamese mobile number. */
    public static String phone(String number) {
        if (number == null) {
            return null;
        }
        var m = VN_MOBILE.matcher(number.replaceAll("[\\s.()-]", ""));
        return m.matches() ? "+84" + m.group(2) : null;
    }

    public static String phoneProblem(String number) {
        if (number == null || number.isBlank()) {
            return "Thiếu số điện thoại / no phone number";
        }
        return phone(number) == null ? "Số điện thoại di động không hợp lệ / not a Vietnamese mobile number: " + number
                : null;
    }

    public static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "Thiếu địa chỉ URL / no URL";
        }
        try {
            URI u = URI.create(url.strip());
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null
                    || u.getUserInfo() != null) {
                return "Chỉ nhận địa chỉ http(s) / only http(s) URLs without user info: " + url;
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "Địa chỉ URL không hợp lệ / not a URL: " + url;
        }
    }
}

package vn.portal.plugins.notify.web;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;

/** Unsubscribing from a link in a message. */
@Extension
public class UnsubscribePage extends LinkPages {

    public UnsubscribePage(PluginContext context) {
        super(context);
    }

    @Override
    public String pattern() {
        return "/thong-bao/huy";
    }

    @Override
    String endpoint() {
        return "unsubscribe";
    }

    @Override
    String[] texts() {
        return new String[] {"Hủy đăng ký nhận tin", "Unsubscribe", "Hủy đăng ký", "Unsubscribe",
            "Đã hủy đăng ký. Ông/Bà sẽ không nhận thư này nữa.", "You are unsubscribed and will get no more of these messages."};
    }
}

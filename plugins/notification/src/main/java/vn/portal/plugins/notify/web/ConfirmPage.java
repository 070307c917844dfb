package vn.portal.plugins.notify.web;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;

/** Confirming an e-mail subscription (double opt-in). */
@Extension
public class ConfirmPage extends LinkPages {

    public ConfirmPage(PluginContext context) {
        super(context);
    }

    @Override
    public String pattern() {
        return "/thong-bao/xac-nhan";
    }

    @Override
    String endpoint() {
        return "confirm";
    }

    @Override
    String[] texts() {
        return new String[] {"Xác nhận đăng ký nhận tin", "Confirm your subscription", "Xác nhận", "Confirm",
            "Đã xác nhận. Ông/Bà sẽ nhận thư khi có tin mới.", "Confirmed. You will receive news by e-mail."};
    }
}

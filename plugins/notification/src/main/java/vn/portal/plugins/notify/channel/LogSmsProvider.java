package vn.portal.plugins.notify.channel;

import java.util.logging.Logger;

/** Writes texts to the log instead of sending them: for the demo and for portals without an SMS contract. */
final class LogSmsProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(LogSmsProvider.class.getName());

    @Override
    public void send(String phone, String text, String key) {
        LOG.info("[plugin=notify] SMS (log only) to " + phone + " [" + key + "]: " + text);
    }
}

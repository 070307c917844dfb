package vn.portal.kernel.it;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.it.dossiers.DossierProbePlugin;
import vn.portal.kernel.it.dossiers.DossierProbeResource;
import vn.portal.kernel.it.dossiers.DossierProbeRest;
import vn.portal.kernel.testkit.PluginJarBuilder;

/**
 * The notification benchmark (kernel/dist/bench/notifications.sh runs it; it is not one of the
 * tests — failsafe only picks up *IT). The real portal runs as its own process with the
 * notification plugin; GreenMail and an SMS gateway stub run in this JVM. Dossier status events
 * come from the test plugin "dossierprobe" (the e-form plugin's events as contracts.md defines
 * them, through the kernel's outbox), with the publishing time in the receipt code. GreenMail's
 * delivery handler and the stub note when each message was accepted, so event → send is measured
 * from the event's creation to the receiver's acceptance, on one clock.
 *
 * <p>Phases: a warm-up; a backlog of e-mails queued at once (how fast the portal drains it:
 * outbox dispatch, recording and sending together); e-mails at a fixed offered rate (the rate
 * achieved, and event → accepted p50/p99/max); the same two for SMS. Results go to
 * {@code target/bench/notifications.md}.
 */
class NotificationBench {

    private static final Pattern STAMP = Pattern.compile("BENCH-([A-Z0-9]+)-(\\d{13})-\\d+");

    private final int emailRate = Integer.getInteger("bench.email-rate", 200);
    private final int smsRate = Integer.getInteger("bench.sms-rate", 100);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int backlog = Integer.getInteger("bench.backlog", 5000);

    /**
     * CPU seconds at a phase's start: the whole machine, the portal's process, this JVM, and the
     * PostgreSQL server's processes working for the portal (0 on H2, which runs inside the portal).
     */
    private record Cpu(double machine, double portal, double self, double db, long at) {
    }

    /** One accepted message: its phase, the event's time and when the receiver took it. */
    private record Accepted(String phase, long eventAt, long acceptedAt) {
    }

    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unparsed = new AtomicInteger();
    private PortalProcess portal;
    /** The throw-away PostgreSQL database's name, or null on H2. */
    private String pgName;

    @Test
    void run() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        MessageDeliveryHandler store = mail.getManagers().getUserManager().getMessageDeliveryHandler();
        mail.getManagers().getUserManager().setMessageDeliveryHandler((msg, to) -> {
            note(msg.getMessage().getSubject());
            return store.handle(msg, to);
        });
        HttpServer sms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        sms.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        sms.createContext("/sms", x -> {
            note(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.sendResponseHeaders(202, -1);
            x.close();
        });
        sms.start();
        Path home = PortalScenario.tempHome("notify-bench");
        boolean postgres = "postgresql".equals(System.getProperty("bench.db", "h2"));
        vn.portal.kernel.testkit.TestDatabases.Postgres pg = postgres ? vn.portal.kernel.testkit.TestDatabases.createPostgres() : null;
        pgName = pg == null ? null : pg.name();
        portal = new PortalProcess(home).config(String.join("\n",
                postgres ? "db.url=" + pg.url() : "db.url=jdbc:h2:file:" + home.resolve("data/portal")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "db.user=" + (postgres ? pg.user() : "sa"), "db.password=" + (postgres ? pg.password() : ""),
                "plugin.notify.mail.smtp.host=127.0.0.1",
                "plugin.notify.mail.smtp.port=" + mail.getSmtp().getPort(),
                "plugin.notify.mail.from=thongbao@hoaan.gov.vn",
                "plugin.notify.sms.provider=http",
                "plugin.notify.sms.gateway.url=http://127.0.0.1:" + sms.getAddress().getPort() + "/sms",
                // the limits are not what is measured here: above the offered rates
                "plugin.notify.email.rate-per-second=" + System.getProperty("bench.email-limit", "2000"),
                "plugin.notify.sms.rate-per-second=" + System.getProperty("bench.sms-limit", "2000"), ""));
        PluginJarBuilder.create("dossierprobe", "1.0.0").requires(">=0.1.0 & <0.2.0").pluginClass(DossierProbePlugin.class)
                .addClass(DossierProbeResource.class).extension(DossierProbeRest.class)
                .build(portal.home.resolve("plugins"));
        StringBuilder report = new StringBuilder();
        try {
            portal.start();
            report.append("Database: ").append(postgres ? "PostgreSQL (127.0.0.1)" : "H2 embedded (WRITE_DELAY=0)")
                    .append("\n\n| phase | messages | offered/s | delivered/s | event → accepted p50 | p99 | max"
                    + " | portal CPU per message | database CPU per message | other processes (cores) | load (1 min) |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|\n");
            burst("W", "email", Math.min(backlog, 2000)); // warm-up, not reported
            Cpu c = cpu();
            long t = burst("E1", "email", backlog);
            report.append(row("e-mail backlog", "E1", t, 0, c));
            c = cpu();
            t = paced("E2", "email", emailRate, seconds);
            report.append(row("e-mail at " + emailRate + "/s, " + seconds + " s", "E2", t, emailRate, c));
            c = cpu();
            t = burst("S1", "sms", backlog);
            report.append(row("SMS backlog", "S1", t, 0, c));
            c = cpu();
            t = paced("S2", "sms", smsRate, seconds);
            report.append(row("SMS at " + smsRate + "/s, " + seconds + " s", "S2", t, smsRate, c));
            String counts = portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body();
            report.append("\nDeliveries by status afterwards: ").append(counts).append("; messages the receivers could not"
                    + " attribute: ").append(unparsed.get()).append('\n');
        } finally {
            portal.close();
            mail.stop();
            sms.stop(0);
            if (pg != null) {
                pg.close();
            }
        }
        Path out = Path.of("target/bench/notifications.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private void note(String text) {
        long now = System.currentTimeMillis();
        Matcher m = text == null ? null : STAMP.matcher(text);
        if (m != null && m.find()) {
            accepted.add(new Accepted(m.group(1), Long.parseLong(m.group(2)), now));
        } else {
            unparsed.incrementAndGet();
        }
    }

    /** Queues {@code n} events at once (500 per request, each request one transaction); waits for all to arrive. */
    private long burst(String phase, String channel, int n) throws Exception {
        long start = System.currentTimeMillis();
        for (int done = 0; done < n; done += 500) {
            publish(phase, channel, Math.min(500, n - done));
        }
        awaitAll(phase, n, Duration.ofSeconds(60 + n / 20));
        return start;
    }

    /** Offers {@code rate} events a second for {@code secs} seconds (ten requests a second, catching up when late). */
    private long paced(String phase, String channel, int rate, int secs) throws Exception {
        long start = System.currentTimeMillis();
        long total = (long) rate * secs;
        long published = 0;
        while (published < total) {
            long due = Math.min(total, (System.currentTimeMillis() - start) * rate / 1000);
            if (due > published) {
                int n = (int) Math.min(500, due - published);
                publish(phase, channel, n);
                published += n;
            }
            Thread.sleep(Math.max(1, 100 - (System.currentTimeMillis() - start) % 100));
        }
        awaitAll(phase, (int) total, Duration.ofSeconds(120));
        return start;
    }

    private void publish(String phase, String channel, int n) throws Exception {
        HttpResponse<String> r = portal.postForm("/api/v1/dossierprobe/events?site=tinh&stamp=true&count=" + n
                + "&prefix=BENCH-" + phase + "-&channels=" + channel
                + ("email".equals(channel) ? "&email=nguoi.nhan@example.vn" : "&phone=0912345678"), "text/plain", "");
        if (r.statusCode() != 200) {
            throw new AssertionError("publishing failed: " + r.statusCode() + " " + r.body());
        }
    }

    private void awaitAll(String phase, int n, Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        while (count(phase) < n) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("phase " + phase + ": " + count(phase) + " of " + n + " arrived in " + max
                        + "; counts: " + portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body());
            }
            Thread.sleep(200);
        }
    }

    private long count(String phase) {
        return accepted.stream().filter(a -> a.phase.equals(phase)).count();
    }

    /** A table row: delivered/s from the first event to the last acceptance; latencies of every message. */
    private String row(String label, String phase, long start, int offered, Cpu before) throws Exception {
        Cpu after = cpu();
        List<Long> delays = new ArrayList<>();
        long last = 0;
        for (Accepted a : accepted) {
            if (a.phase.equals(phase)) {
                delays.add(Math.max(0, a.acceptedAt - a.eventAt));
                last = Math.max(last, a.acceptedAt);
            }
        }
        Collections.sort(delays);
        double perSecond = delays.size() * 1000.0 / Math.max(1, last - start);
        double portalCpu = after.portal - before.portal;
        double dbCpu = after.db - before.db;
        double others = ((after.machine - before.machine) - portalCpu - dbCpu - (after.self - before.self))
                / ((after.at - before.at) / 1000.0);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return String.format(Locale.ROOT, "| %s | %d | %s | %.0f | %d ms | %d ms | %d ms | %.2f ms | %s | %.1f | %s |%n",
                label, delays.size(), offered == 0 ? "all at once" : Integer.toString(offered), perSecond, pct(delays, 50),
                pct(delays, 99), delays.get(delays.size() - 1), portalCpu * 1000 / delays.size(),
                pgName == null ? "(in the portal)" : String.format(Locale.ROOT, "%.2f ms", dbCpu * 1000 / delays.size()),
                Math.max(0, others), load);
    }

    /** From /proc: busy seconds of the machine, of the portal's java process and of this JVM. */
    private Cpu cpu() throws Exception {
        double hz = 100; // USER_HZ on Linux
        String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        double busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Double.parseDouble(machine[i]);
        }
        String pid = Files.readString(portal.home.resolve("portal.pid")).trim();
        return new Cpu(busy / hz, procCpu(pid) / hz, procCpu("self") / hz, postgresCpu() / hz, System.currentTimeMillis());
    }

    /**
     * Ticks of the PostgreSQL processes that work for the portal: the backends of the bench's
     * database (their command line names it) and the server's own background processes (WAL
     * writer, checkpointer, …: no client address), not other databases' backends.
     */
    private double postgresCpu() throws Exception {
        if (pgName == null) {
            return 0;
        }
        double ticks = 0;
        try (var procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : procs) {
                try {
                    if (!"postgres".equals(Files.readString(p.resolve("comm")).trim())) {
                        continue;
                    }
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                    boolean background = !cmd.contains("(") && !cmd.contains("[local]");
                    if (background || cmd.contains(pgName)) {
                        ticks += procCpu(p.getFileName().toString());
                    }
                } catch (java.io.IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static double procCpu(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Double.parseDouble(f[11]) + Double.parseDouble(f[12]); // utime, stime (fields 14 and 15)
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.portal.kernel.core.catalog.CatalogFormat;
import vn.portal.kernel.core.catalog.ImportJobs;
import vn.portal.kernel.core.common.RequestContext;

/**
 * Importing a CSV or JSON file into the chosen catalog: the file is uploaded once (kept in a
 * temporary file, not in the session), then checked (dry run) and imported as often as
 * needed. The work runs in {@link ImportJobs}; the page polls it for the progress bar and,
 * at the end, shows the counts and every problem by row and field.
 */
@Named
@ViewScoped
public class CatalogImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CatalogImportBean.class.getName());
    static final String FORM = "importForm";
    /** As much as the REST import takes (web.xml lets the request be a little larger, for the form's fields). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Inject
    CatalogsBean page;
    @Inject
    ImportJobs jobs;
    @Inject
    AdminAccess access;

    private String fileName;
    private String filePath;
    private long fileSize;
    private String jobId;
    /**
     * The outcome as the page took it in at the end of the job: shown only from then on, so a
     * render that races the end never shows counts without their error table.
     */
    private boolean handled;
    private CatalogImportCounts counts;
    private String failure;
    private List<CatalogImportError> errorRows = List.of();

    @PostConstruct
    void init() {
        // a reloaded page finds the import it started, still running or just done
        if (page.getCatalog() != null && access.user() != null) {
            jobs.latest(page.getCatalog(), access.user().username()).ifPresent(j -> {
                jobId = j.id();
                if (j.finished()) {
                    takeIn(j);
                }
            });
        }
    }

    @PreDestroy
    void discard() {
        if (filePath != null) {
            try {
                Files.deleteIfExists(Paths.get(filePath));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete the uploaded catalog file " + filePath, e);
            }
            filePath = null;
        }
    }

    public void upload(FileUploadEvent event) {
        if (AdminAccess.deny(access.isCatalogWrite(), FORM)) {
            return;
        }
        UploadedFile file = event.getFile();
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            AdminMessages.error(FORM, "catalogs.import.type");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            AdminMessages.error(FORM, "catalogs.import.tooBig");
            return;
        }
        discard();
        try (InputStream in = file.getInputStream()) {
            Path tmp = Files.createTempFile("catalog-upload-", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            filePath = tmp.toString();
            fileName = file.getFileName();
            fileSize = file.getSize();
            jobId = null;
            forgetOutcome();
        } catch (IOException e) {
            AdminMessages.unexpected(new UncheckedIOException(e), FORM);
        }
    }

    public void dryRun() {
        start(true);
    }

    public void importFile() {
        start(false);
    }

    private void start(boolean dryRun) {
        if (AdminAccess.deny(access.isCatalogWrite(), FORM)) {
            return;
        }
        if (filePath == null) {
            AdminMessages.error(FORM, "catalogs.import.noFile");
            return;
        }
        if (isRunning()) {
            AdminMessages.error(FORM, "catalogs.import.busy");
            return;
        }
        try {
            byte[] body = Files.readAllBytes(Paths.get(filePath));
            ImportJobs.Job job = jobs.start(page.getCatalog(), fileName, body, format(fileName, body), dryRun,
                    access.user().username(), RequestContext.current().sourceIp());
            jobId = job.id();
            forgetOutcome();
        } catch (IOException e) {
            AdminMessages.unexpected(new UncheckedIOException(e), FORM);
        } catch (RuntimeException e) {
            // e.g. the executor refused the job while the server shuts down
            AdminMessages.unexpected(e, FORM);
        }
    }

    /** By the file's extension; else JSON when it starts like JSON, CSV otherwise. */
    static CatalogFormat format(String name, byte[] body) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return CatalogFormat.JSON;
        }
        if (n.endsWith(".csv")) {
            return CatalogFormat.CSV;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return start.startsWith("[") || start.startsWith("{") ? CatalogFormat.JSON : CatalogFormat.CSV;
    }

    /** Each poll: once the job is done, take in its outcome. */
    public void poll() {
        Optional<ImportJobs.Job> job = job();
        if (job.isEmpty() || !job.get().finished() || handled) {
            return;
        }
        ImportJobs.Job j = job.get();
        takeIn(j);
        if (j.report() != null && j.report().applied()) {
            // the file is in the catalog now: nothing left to do with it
            discard();
            fileName = null;
            page.refreshAll();
        }
    }

    private void takeIn(ImportJobs.Job j) {
        handled = true;
        counts = j.report() == null ? null : new CatalogImportCounts(j.report());
        failure = j.failure() == null ? null : CatalogProblems.text(j.failure());
        errorRows = j.report() == null ? List.of() : j.report().errors().stream().map(CatalogImportError::new).toList();
    }

    private void forgetOutcome() {
        handled = false;
        counts = null;
        failure = null;
        errorRows = List.of();
    }

    /** The problems as CSV (with a BOM, so spreadsheets read Vietnamese right), in the page's words. */
    public StreamedContent getReportCsv() {
        List<CatalogImportError> rows = errorRows;
        String name = job().map(j -> j.catalog() + "-report.csv").orElse("report.csv");
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8").writer(out -> {
            StringBuilder b = new StringBuilder("\uFEFFrow,field,code,message\r\n");
            for (CatalogImportError r : rows) {
                b.append(r.getRow()).append(',').append(csv(r.getField())).append(',').append(csv(r.getCode()))
                        .append(',').append(csv(r.getMessage())).append("\r\n");
            }
            try {
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // quoted when needed; a leading = + - @ would be a formula in a spreadsheet
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private Optional<ImportJobs.Job> job() {
        return jobs.find(jobId);
    }

    // ---- for the view --------------------------------------------------------------------------

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public boolean isHasFile() {
        return filePath != null;
    }

    public String getFileName() {
        return fileName;
    }

    /** The size in KB (at least 1), for the line that names the chosen file. */
    public long getFileKb() {
        return Math.max(1, (fileSize + 1023) / 1024);
    }

    public boolean isStarted() {
        return job().isPresent();
    }

    /** Started and its outcome not yet taken in. */
    public boolean isRunning() {
        return isStarted() && !handled;
    }

    public boolean isFinished() {
        return isStarted() && handled;
    }

    /** The poll stops once the outcome has been taken in. */
    public boolean isStopPolling() {
        return !isRunning();
    }

    public int getPercent() {
        return handled ? 100 : job().map(j -> Math.min(99, j.percent())).orElse(0);
    }

    /** "Checking rows: 2,000 of 10,000", in the page's words. */
    public String getPhaseText() {
        return job().map(j -> handled ? AdminMessages.text("catalogs.import.phase.DONE")
                : AdminMessages.text("catalogs.import.phase." + j.phase().name(), j.done(), j.total())).orElse("");
    }

    public boolean isDryRun() {
        return job().map(ImportJobs.Job::dryRun).orElse(false);
    }

    public String getJobFile() {
        return job().map(ImportJobs.Job::fileName).orElse("");
    }

    public String getJobCatalog() {
        return job().map(ImportJobs.Job::catalog).orElse("");
    }

    public String getFailure() {
        return failure;
    }

    public CatalogImportCounts getCounts() {
        return counts;
    }

    public List<CatalogImportError> getErrorRows() {
        return errorRows;
    }
}

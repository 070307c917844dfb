package vn.portal.plugins.eform;

/** A dossier as the inbox lists it (a class with getters: EL cannot read records). */
public class InboxRow {

    private final String code;
    private final String procedure;
    private final String applicant;
    private final String received;
    private final String due;
    private final String status;
    private final String statusLabel;
    private final boolean overdue;
    private final boolean complete;

    InboxRow(String code, String procedure, String applicant, String received, String due, String status,
            String statusLabel, boolean overdue, boolean complete) {
        this.code = code;
        this.procedure = procedure;
        this.applicant = applicant;
        this.received = received;
        this.due = due;
        this.status = status;
        this.statusLabel = statusLabel;
        this.overdue = overdue;
        this.complete = complete;
    }

    public String getCode() {
        return code;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getReceived() {
        return received;
    }

    public String getDue() {
        return due;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isComplete() {
        return complete;
    }
}

package vn.portal.plugins.eform;

/** A row of the statistics table (getters for the admin view; the report's rows are records). */
public class StatsRow {

    private final Statistics.Row row;

    StatsRow(Statistics.Row row) {
        this.row = row;
    }

    public String getCode() {
        return row.procedureCode();
    }

    public String getName() {
        return row.procedureName();
    }

    public long getReceived() {
        return row.received();
    }

    public long getOnTime() {
        return row.onTime();
    }

    public long getLate() {
        return row.late();
    }

    public long getPending() {
        return row.pending();
    }

    public long getOnline() {
        return row.online();
    }

    public String getOnlineShare() {
        return String.format(java.util.Locale.ROOT, "%.1f", row.onlineShare()).replace('.', ',') + " %";
    }

    public long getVerySatisfied() {
        return row.verySatisfied();
    }

    public long getSatisfied() {
        return row.satisfied();
    }

    public long getDissatisfied() {
        return row.dissatisfied();
    }
}

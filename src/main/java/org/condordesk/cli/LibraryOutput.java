package org.condordesk.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.Listing;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.store.library.ScenarioSummary;
import org.condordesk.store.library.VersionInfo;


/**
 * What the library commands print: aligned tables (times in this computer's zone) or, with --json, JSON
 * whose keys are a contract for scripts (docs/library.md); times in JSON are UTC instants.
 */
final class LibraryOutput {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String UNKNOWN = "-";

    private LibraryOutput() {
    }

    static String entriesText(ScenarioLibrary library, List<LibraryEntry> entries) {
        StringBuilder out = new StringBuilder();
        library.readOnlyReason().ifPresent(reason -> out.append("note: ").append(reason).append(System.lineSeparator()));
        if (entries.isEmpty()) {
            return out.append("no scenarios in ").append(library.file()).append(System.lineSeparator()).toString();
        }
        boolean deleted = entries.get(0).deleted();
        TextTable table = deleted
                ? new TextTable("NAME", "VERSIONS", "DELETED", "TAGS")
                : new TextTable("NAME", "VERSIONS", "LAST SAVED", "NET VIX VEGA $/PT", "MAX LOSS $", "CORE EXPIRY", "TAGS");
        for (LibraryEntry entry : entries) {
            String tags = String.join(", ", entry.tags());
            if (deleted) {
                table.row(entry.name(), entry.versionCount(), local(entry.deletedAt().orElseThrow()), tags);
            } else {
                Optional<ScenarioSummary> summary = entry.summary();
                table.row(entry.name(), entry.versionCount(), local(entry.lastSavedAt()),
                        summary.map(s -> TextTable.number(s.netVixVega(), 0)).orElse(UNKNOWN),
                        summary.map(s -> TextTable.number(s.maxLoss(), 0)).orElse(UNKNOWN),
                        summary.flatMap(ScenarioSummary::coreExpiryDate).map(Object::toString).orElse(UNKNOWN), tags);
            }
        }
        return out.append(table.render("")).toString();
    }

    static String versionsText(String name, List<VersionInfo> versions) {
        TextTable table = new TextTable("VERSION", "SAVED", "NET VIX VEGA $/PT", "MAX LOSS $", "CORE EXPIRY", "NOTE");
        for (VersionInfo version : versions) {
            Optional<ScenarioSummary> summary = version.summary();
            table.row(version.version(), local(version.savedAt()),
                    summary.map(s -> TextTable.number(s.netVixVega(), 0)).orElse(UNKNOWN),
                    summary.map(s -> TextTable.number(s.maxLoss(), 0)).orElse(UNKNOWN),
                    summary.flatMap(ScenarioSummary::coreExpiryDate).map(Object::toString).orElse(UNKNOWN),
                    CliErrors.oneLine(version.note()));
        }
        return name + System.lineSeparator() + table.render("  ");
    }

    /**
     * {@code {library, readOnly, scenarios: [{name, latestVersion, versionCount, lastSavedAt, netVixVega, maxLoss,
     * coreExpiry, tags, deletedAt}], skipped: [text]}}.
     */
    static Map<String, Object> entriesJson(ScenarioLibrary library, Listing<LibraryEntry> entries) {
        Map<String, Object> root = CliJson.object();
        root.put("library", library.file().toString());
        root.put("readOnly", library.isReadOnly());
        List<Map<String, Object>> list = new ArrayList<>();
        for (LibraryEntry entry : entries) {
            Map<String, Object> node = CliJson.object();
            node.put("name", entry.name());
            node.put("latestVersion", entry.latestVersion());
            node.put("versionCount", entry.versionCount());
            node.put("lastSavedAt", entry.lastSavedAt().toString());
            summary(node, entry.summary());
            node.put("tags", entry.tags());
            node.put("deletedAt", entry.deletedAt().map(Instant::toString).orElse(null));
            list.add(node);
        }
        root.put("scenarios", list);
        root.put("skipped", entries.skipped());
        return root;
    }

    /** {@code {name, versions: [{version, savedAt, note, netVixVega, maxLoss, coreExpiry}], skipped: [text]}}. */
    static Map<String, Object> versionsJson(String name, Listing<VersionInfo> versions) {
        Map<String, Object> root = CliJson.object();
        root.put("name", name);
        List<Map<String, Object>> list = new ArrayList<>();
        for (VersionInfo version : versions) {
            Map<String, Object> node = CliJson.object();
            node.put("version", version.version());
            node.put("savedAt", version.savedAt().toString());
            node.put("note", version.note());
            summary(node, version.summary());
            list.add(node);
        }
        root.put("versions", list);
        root.put("skipped", versions.skipped());
        return root;
    }

    /** netVixVega ($ per VIX point), maxLoss ($, negative = loss), coreExpiry: null when not computed. */
    private static void summary(Map<String, Object> node, Optional<ScenarioSummary> summary) {
        node.put("netVixVega", summary.map(ScenarioSummary::netVixVega).orElse(null));
        node.put("maxLoss", summary.map(ScenarioSummary::maxLoss).orElse(null));
        node.put("coreExpiry", summary.flatMap(ScenarioSummary::coreExpiryDate).map(Object::toString).orElse(null));
    }

    private static String local(Instant instant) {
        return LOCAL_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}

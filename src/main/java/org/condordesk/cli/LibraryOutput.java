package org.condordesk.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.condordesk.store.LibraryEntry;
import org.condordesk.store.ScenarioLibrary;
import org.condordesk.store.ScenarioSummary;
import org.condordesk.store.VersionInfo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the library commands print: aligned tables (times in this computer's zone) or, with --json, JSON
 * whose keys are a contract for scripts (docs/library.md); times in JSON are UTC instants.
 */
final class LibraryOutput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
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

    static String entriesJson(ScenarioLibrary library, List<LibraryEntry> entries) {
        ObjectNode root = NODES.objectNode();
        root.put("library", library.file().toString());
        root.put("readOnly", library.isReadOnly());
        ArrayNode list = root.putArray("scenarios");
        for (LibraryEntry entry : entries) {
            ObjectNode node = list.addObject();
            node.put("name", entry.name());
            node.put("latestVersion", entry.latestVersion());
            node.put("versionCount", entry.versionCount());
            node.put("lastSavedAt", entry.lastSavedAt().toString());
            summary(node, entry.summary());
            ArrayNode tags = node.putArray("tags");
            entry.tags().forEach(tags::add);
            node.put("deletedAt", entry.deletedAt().map(Instant::toString).orElse(null));
        }
        return root.toPrettyString() + System.lineSeparator();
    }

    static String versionsJson(String name, List<VersionInfo> versions) {
        ObjectNode root = NODES.objectNode();
        root.put("name", name);
        ArrayNode list = root.putArray("versions");
        for (VersionInfo version : versions) {
            ObjectNode node = list.addObject();
            node.put("version", version.version());
            node.put("savedAt", version.savedAt().toString());
            node.put("note", version.note());
            summary(node, version.summary());
        }
        return root.toPrettyString() + System.lineSeparator();
    }

    /** netVixVega ($ per VIX point), maxLoss ($, negative = loss), coreExpiry: null when not computed. */
    private static void summary(ObjectNode node, Optional<ScenarioSummary> summary) {
        if (summary.isPresent()) {
            node.put("netVixVega", summary.get().netVixVega());
            node.put("maxLoss", summary.get().maxLoss());
            node.put("coreExpiry", summary.get().coreExpiryDate().map(Object::toString).orElse(null));
        } else {
            node.putNull("netVixVega");
            node.putNull("maxLoss");
            node.putNull("coreExpiry");
        }
    }

    private static String local(Instant instant) {
        return LOCAL_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}

package org.condordesk.store.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The running-session mark: process id and process start time, so a mark left by a crash is told apart from
 * one held by a CondorDesk still running (a pid alone can be reused by another program after a reboot).
 */
final class SessionMarker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionMarker() {
    }

    static byte[] forThisProcess(Instant sessionStart) {
        ProcessHandle self = ProcessHandle.current();
        ObjectNode mark = JSON.createObjectNode();
        mark.put("pid", self.pid());
        mark.put("processStart", self.info().startInstant().map(Instant::toString).orElse(null));
        mark.put("sessionStart", sessionStart.toString());
        return mark.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    /** True when the marker names a process that is alive now and started when the marker says. */
    static boolean heldByLiveProcess(Path marker) {
        if (!Files.exists(marker)) {
            return false;
        }
        try {
            JsonNode mark = JsonInput.parse(Files.readAllBytes(marker));
            Optional<ProcessHandle> process = ProcessHandle.of(mark.path("pid").asLong(-1));
            String recordedStart = mark.path("processStart").asText("");
            return process.filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().startInstant())
                    .map(start -> start.toString().equals(recordedStart))
                    .orElse(false);
        } catch (IOException | RuntimeException e) {
            // An unreadable mark cannot vouch for a live session: treat the previous session as crashed.
            return false;
        }
    }
}

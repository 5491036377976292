#!/usr/bin/env bash
# Issue 24's "Done means" measures with the project's own build: main files over 400 lines, methods over 40 lines,
# switches on the instrument kind, unused members (an attributed bytecode scan, CodeMeasuresTest/UnusedMembers).
# Writes and prints target/code-measures.txt. Run from anywhere: tools/measures.sh   (add -o for offline Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q "$@" test -Dtest="CodeMeasuresTest#theMeasuresAreWrittenToTheReport" -Dmeasures.report=true -Dsurefire.failIfNoSpecifiedTests=false
cat target/code-measures.txt

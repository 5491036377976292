#!/usr/bin/env python3
"""Start-up of several CondorDesk jars, taking turns (docs/performance.md, "Start-up and the installed app").

Each jar is started as the app image starts it: C1 only (-XX:TieredStopAtLevel=1) with an application CDS archive
of its own (JAR.jsa, made once by a training run that takes a screenshot and exits). Each run gets an empty data
folder; the time is the wall clock from starting the process to its "first analysis on screen" mark
(-Dcondordesk.startupLog=true), and the process's CPU time (all threads, /proc/PID/stat) at that moment. Prints the
median of both and of every start-up mark. Needs a display (xvfb-run) and Linux.

    xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/startup-compare.py RUNS A.jar [B.jar ...]
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MARK = 'first analysis on screen'
JAVA = shutil.which('java')


def archive(jar):
    jsa = jar + '.jsa'
    if not os.path.exists(jsa):
        data = tempfile.mkdtemp()
        subprocess.run([JAVA, f'-XX:ArchiveClassesAtExit={jsa}', '-XX:TieredStopAtLevel=1', '-Xlog:cds=off',
                        '-Xlog:cds+dynamic=off', '-cp', jar, 'org.condordesk.Main', '--screenshot', data + '/t.png'],
                       env=dict(os.environ, CONDORDESK_DATA=data), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300, check=False)
        shutil.rmtree(data, ignore_errors=True)
    return jsa


def once(jar, jsa):
    data = tempfile.mkdtemp()
    command = [JAVA, f'-XX:SharedArchiveFile={jsa}', '-XX:TieredStopAtLevel=1', '-Xlog:cds=off',
               '-Dcondordesk.startupLog=true', '-cp', jar, 'org.condordesk.Main']
    start = time.monotonic()
    process = subprocess.Popen(command, env=dict(os.environ, CONDORDESK_DATA=data), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    marks = []
    try:
        for line in process.stdout:
            found = re.match(r'condordesk: (.*) at (\d+) ms', line.strip())
            if found:
                marks.append((found.group(1), int(found.group(2))))
            if MARK in line:
                wall = time.monotonic() - start
                stat = open(f'/proc/{process.pid}/stat').read().rsplit(')', 1)[1].split()
                cpu_ms = (int(stat[11]) + int(stat[12])) * 1000 / os.sysconf('SC_CLK_TCK')
                return wall, cpu_ms, marks
        raise SystemExit(f'no "{MARK}" from {jar}')
    finally:
        process.kill()
        process.wait()
        shutil.rmtree(data, ignore_errors=True)


def main():
    runs, jars = int(sys.argv[1]), sys.argv[2:]
    archives = {jar: archive(jar) for jar in jars}
    results = {jar: [] for jar in jars}
    for _ in range(runs):
        for jar in jars:
            results[jar].append(once(jar, archives[jar]))
    print('load average at the end', ' '.join(f'{v:.2f}' for v in os.getloadavg()))
    for jar in jars:
        walls = [r[0] for r in results[jar]]
        print(f'{jar}: median {statistics.median(walls):.3f} s, min {min(walls):.3f} s, '
              f'CPU {statistics.median(r[1] for r in results[jar]):.0f} ms; runs', ' '.join(f'{w:.2f}' for w in walls))
        for i, (name, _) in enumerate(results[jar][0][2]):
            values = [r[2][i][1] for r in results[jar] if len(r[2]) > i]
            print(f'    {name:28s} {statistics.median(values):6.0f} ms')


if __name__ == '__main__':
    main()

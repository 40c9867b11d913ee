"""Prints 'N passed, N failed' over pytest JUnit XML files (the last line of
`make test`). Errors count as failed; skipped tests are reported apart.
--since EPOCH: a file last written before EPOCH (a run that died before
writing its XML leaves the previous one behind) counts as one failure and
none of its results are added. Exits 1 when anything failed or is missing."""
import os
import sys
import xml.etree.ElementTree as ET


def main(argv):
    since = None
    if argv[:1] == ["--since"]:
        since, argv = float(argv[1]), argv[2:]
    passed = failed = skipped = 0
    for path in argv:
        try:
            if since is not None and os.stat(path).st_mtime < since:
                raise OSError(f"older than this run (written before {since:.0f}): stale")
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            print(f"summary: {path}: {e}", file=sys.stderr)
            failed += 1
            continue
        for suite in root.iter("testsuite"):
            tests = int(suite.get("tests", 0))
            f = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            s = int(suite.get("skipped", 0))
            passed += tests - f - s
            failed += f
            skipped += s
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env bash
# CI step: the README's first command, exactly as written, in a fresh copy of the repository
# with a fresh venv and that venv's own bundled pip (not upgraded; old pips resolve extras
# differently), then the bundled HTML example must come out with a headline and a body.
# Runs from scripts/test.sh before anything else touches pip; WARTA_SKIP_README_INSTALL=1 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# the first ```bash block of README.md is the install-and-run command
cmd=$(awk '/^```bash$/ {inblock=1; next} inblock && /^```/ {exit} inblock {print}' README.md)
if [ -z "$cmd" ]; then
  echo "readme install check: no \`\`\`bash block in README.md" >&2
  exit 1
fi

tmp=$(mktemp -d /tmp/warta-readme.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# the working tree as a user would have it: tracked files and new files git does not ignore
git -C "$repo" ls-files -z --cached --others --exclude-standard \
  | (cd "$repo" && xargs -0 cp --parents -t "$tmp" 2>/dev/null || true)
cd "$tmp"
echo "readme install check: $cmd"
if ! bash -c "set -e; $cmd" >"$tmp/readme.out" 2>"$tmp/readme.err"; then
  echo "readme install check: the README command failed" >&2
  tail -n 30 "$tmp/readme.err" >&2
  exit 1
fi
if grep -q "internal error" "$tmp/readme.err"; then
  echo "readme install check: the README command reported an internal error" >&2
  grep "internal error" "$tmp/readme.err" >&2
  exit 1
fi
# the HTML example: a headline and body paragraphs, no error record
.venv/bin/warta extract examples/*.html --format jsonl >"$tmp/html.jsonl"
.venv/bin/python - "$tmp/html.jsonl" <<'EOF'
import json
import sys

records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
assert records, "no record for the HTML example"
for rec in records:
    assert not rec.get("error"), f"{rec.get('source')}: {rec.get('error')}"
    assert rec.get("title"), f"{rec.get('source')}: no title"
    assert len(rec.get("paragraphs") or []) >= 2, f"{rec.get('source')}: no body"
    print(f"readme install check: {rec['source']}: {rec['title']!r}, {len(rec['paragraphs'])} paragraphs")
EOF

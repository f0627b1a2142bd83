#!/usr/bin/env bash
# Re-vendors nhsuk-frontend into wwwroot/lib/nhsuk-frontend. Only maintainers run this, when
# upgrading: building and running the portal never needs Node or npm.
#
# What it changes in the published CSS, and why:
#  - drops the @font-face rules that load Frutiger from assets.nhs.uk: no third-party requests
#    (the CSP allows fonts from 'self' only) and the licensed font is not ours to redistribute.
#    Text falls back to Arial/Liberation Sans, as the NHS font stack intends.
#  - points the root-relative /assets/ image URLs at the vendored copy.
# The result is kept whole in Vendor/nhsuk-frontend.full.min.css (not served); trim-nhsuk-frontend.py then
# writes the rules the portal's markup uses to wwwroot, the stylesheet every page links.
set -euo pipefail
version="${1:-10.6.1}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../wwwroot/lib/nhsuk-frontend"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "nhsuk-frontend@$version" >/dev/null 2>&1 && tar xzf "nhsuk-frontend-$version.tgz")
dist="$work/package/dist/nhsuk"
rm -rf "$target" && mkdir -p "$target/assets/images"
python3 - "$dist/nhsuk-frontend.min.css" "$here/nhsuk-frontend.full.min.css" <<'PY'
import re, sys
css = open(sys.argv[1], encoding="utf-8").read()
css = re.sub(r"@font-face\{[^}]*assets\.nhs\.uk[^}]*\}", "", css)
css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
css = css.replace("url(/assets/images/", "url(/lib/nhsuk-frontend/assets/images/")
assert "assets.nhs.uk" not in css
open(sys.argv[2], "w", encoding="utf-8").write(css)
PY
cp "$dist"/assets/images/*.svg "$dist"/assets/images/favicon.ico "$target/assets/images/"
cp "$work/package/README.md" "$target/README.md"
printf 'nhsuk-frontend %s (MIT licence; documentation (c) NHS England, OGL 3.0).\nVendored by src/EvidencePortal.Web/Vendor/update-nhsuk-frontend.sh, trimmed by trim-nhsuk-frontend.py\n' "$version" > "$target/VERSION.txt"
python3 "$here/trim-nhsuk-frontend.py"
echo "vendored nhsuk-frontend $version into $target"

#!/bin/sh
# dist-files.sh TARBALL: every file git tracks must be in the release
# tarball (`make dist`), but .gitignore: a test, golden, asset, demo or
# fuzz seed missing from the Makefile.am's dist lists fails `make
# distcheck` and the tarball's own `make check`.  This is the cheap half
# of `make distcheck` (seconds, not minutes): CI runs it on every
# submission; run the whole `make distcheck` before a release (README,
# "Building").  Prints the missing files and exits 1, or exits 0.
set -eu
tarball=$1
want=$(mktemp) have=$(mktemp)
trap 'rm -f "$want" "$have"' EXIT
git ls-files | grep -v -x -e .gitignore | LC_ALL=C sort >"$want"
tar tzf "$tarball" | sed 's|^[^/]*/||' | grep -v '/$' | LC_ALL=C sort >"$have"
missing=$(LC_ALL=C comm -23 "$want" "$have")
if [ -n "$missing" ]; then
	echo "dist-files: tracked but not in $tarball (add them to Makefile.am's EXTRA_DIST):"
	printf '  %s\n' $missing
	exit 1
fi
echo "dist-files: $tarball has all $(wc -l <"$want") tracked files"
